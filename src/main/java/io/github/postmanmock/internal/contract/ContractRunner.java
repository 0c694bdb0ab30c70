package io.github.postmanmock.internal.contract;

import io.github.postmanmock.internal.collection.CollectionReader;
import io.github.postmanmock.internal.collection.EnvironmentReader;
import io.github.postmanmock.internal.model.Collection;
import io.github.postmanmock.internal.model.Variable;
import io.github.postmanmock.internal.model.Variables;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a contract check: reads the collection and environments, plans a call per example, sends
 * each distinct call once (at most {@code concurrency} at a time) and compares the answers. Results
 * keep the collection's order.
 */
public final class ContractRunner {
  private ContractRunner() {}

  /**
   * Check every example of the settings' collection against the real service.
   *
   * @throws io.github.postmanmock.InvalidCollectionException if a file cannot be read
   * @throws IllegalStateException if the settings have no base URL
   */
  public static ContractRun run(ContractSettings settings) {
    if (settings.base() == null) {
      throw new IllegalStateException(
          "No base URL to check the examples against; give one with against(URL)");
    }
    Collection collection = CollectionReader.read(settings.collection());
    List<Variable> environment = new ArrayList<>();
    for (Path file : settings.environments()) {
      environment.addAll(EnvironmentReader.read(file).values());
    }
    Variables variables = Variables.of(collection.variables(), environment);
    CallPlanner planner = new CallPlanner(variables, settings);
    CallSender sender =
        new CallSender(settings.base(), settings.timeout(), settings.followRedirects());
    AnswerComparer comparer = new AnswerComparer(variables, settings.values());
    AtomicInteger answered = new AtomicInteger();
    Map<String, Plan> firstOfCall = new HashMap<>();
    List<Future<ExampleResult>> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), Daemons.FACTORY);
    try {
      for (var example : collection.examples()) {
        Plan plan = planner.plan(example);
        if (!plan.skipped() && sender.uri(plan.call()) == null) {
          plan = Plan.skip(example, plan.path(), "[" + plan.path() + "] is not a valid URL path");
        }
        Plan first =
            plan.skipped() ? null : firstOfCall.putIfAbsent(plan.call().sameCallKey(), plan);
        if (plan.skipped() || first != null) {
          results.add(done(skip(plan, first)));
        } else {
          Plan toSend = plan;
          results.add(
              pool.submit(() -> check(toSend, sender, comparer, settings.strict(), answered)));
        }
      }
      List<ExampleResult> out = new ArrayList<>();
      for (Future<ExampleResult> f : results) {
        out.add(f.get());
      }
      return new ContractRun(out, firstOfCall.size(), answered.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The contract check was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A contract check call failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ExampleResult skip(Plan plan, Plan first) {
    String method = plan.example().request().method();
    String place = plan.example().location();
    String reason =
        first == null
            ? plan.skipReason()
            : "not reproducible: the same request as ["
                + first.example().location()
                + "], and a real service gives one request one answer";
    return ExampleResult.skipped(place, method, plan.path(), reason);
  }

  private static ExampleResult check(
      Plan plan, CallSender sender, AnswerComparer comparer, boolean strict, AtomicInteger answered)
      throws InterruptedException {
    var example = plan.example();
    String method = plan.call().method();
    Answer answer;
    try {
      answer = sender.send(plan.call());
    } catch (IOException e) {
      String why =
          e instanceof HttpTimeoutException ? "no answer in time" : "no answer: " + describe(e);
      Difference status =
          new Difference(
              Difference.STATUS, String.valueOf(example.response().statusCode()), "no answer");
      return new ExampleResult(
          example.location(), method, plan.path(), Outcome.DRIFT, why, List.of(status), List.of());
    }
    answered.incrementAndGet();
    AnswerComparer.Comparison c = comparer.compare(example.response(), method, answer);
    List<Difference> drifts = new ArrayList<>(c.drifts());
    List<Difference> additions = c.additions();
    if (strict) {
      drifts.addAll(additions);
      additions = List.of();
    }
    Outcome outcome = drifts.isEmpty() ? Outcome.OK : Outcome.DRIFT;
    return new ExampleResult(
        example.location(), method, plan.path(), outcome, "", drifts, additions);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    if (message != null && !message.isBlank()) {
      return message;
    }
    return e instanceof java.net.ConnectException
        ? "the connection was refused"
        : e.getClass().getSimpleName();
  }

  private static Future<ExampleResult> done(ExampleResult result) {
    return java.util.concurrent.CompletableFuture.completedFuture(result);
  }
}
