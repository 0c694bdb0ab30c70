package io.github.postmanmock.junit;

import io.github.postmanmock.CallLog;
import io.github.postmanmock.RecordedCall;
import io.github.postmanmock.TestScope;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The calls of one test, from {@code beforeEach} to {@code afterEach}; closed by JUnit with the
 * test if {@code afterEach} never ran.
 */
@SuppressWarnings("deprecation")
final class TestCalls implements AutoCloseable, ExtensionContext.Store.CloseableResource {
  private final TestScope scope;
  private final ServerResource resource;

  TestCalls(TestScope scope, ServerResource resource) {
    this.scope = scope;
    this.resource = resource;
  }

  CallLog calls() {
    return scope.calls();
  }

  /** Stop collecting; with {@code failOnUnmatched}, fail when a call found no example. */
  void finish() {
    close();
    CallLog log = scope.calls().unmatched();
    List<RecordedCall> unmatched = log.asList();
    long dropped = log.droppedCalls();
    if (resource.config().failOnUnmatched() && (!unmatched.isEmpty() || dropped > 0)) {
      throw new AssertionError(report(unmatched, dropped));
    }
  }

  private String report(List<RecordedCall> unmatched, long dropped) {
    long all = unmatched.size() + dropped;
    StringBuilder out = new StringBuilder();
    out.append(all)
        .append(all == 1 ? " call" : " calls")
        .append(" to ")
        .append(resource.server())
        .append(" during [")
        .append(scope.name())
        .append("] found no example")
        .append(dropped == 0 ? ":" : " (" + dropped + " of them dropped from the call log):");
    for (RecordedCall call : unmatched) {
      out.append("\n\n").append(call);
      out.append("\n  ").append(call.noMatchReason().replace("\n", "\n  "));
    }
    out.append("\n\nAdd or fix an example, fix the call, or use ")
        .append(resource.config().failOnUnmatchedOptOut())
        .append(" when unmatched calls are expected");
    return out.toString();
  }

  @Override
  public void close() {
    scope.close();
  }
}
