package io.github.postmanmock.internal.server;

import io.github.postmanmock.internal.match.Decision;
import io.github.postmanmock.internal.match.MatchEngine;
import io.github.postmanmock.internal.model.HttpCall;
import io.github.postmanmock.internal.model.MockExample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The state of a mock's sequences: inline examples limited with {@code times(n)} (found in the
 * engines the mock answers from) and the sequences a test chose. The example each sequence is at
 * now is matched on its own and wins when it scores at least as well as every other example; the
 * examples of a sequence never answer otherwise. Thread-safe; a mock without sequences decides
 * without taking the lock.
 */
public final class Scenarios {
  private final Map<MockExample, Sequence> limited = new LinkedHashMap<>();
  private final List<Sequence> chosen = new ArrayList<>();
  private MatchEngine seenEngine;
  private MatchEngine seenPreferred;
  private Engines engines;
  private volatile Plain plainFor;

  /** The engines of a state that has no sequence in play: its calls skip the lock. */
  private record Plain(MatchEngine engine, MatchEngine preferred) {}

  /** The engines a call is matched with while sequences run. */
  private record Engines(MatchEngine steps, MatchEngine preferred, MatchEngine rest) {}

  /** A decision and the step of the sequence that gave it (0 when none did), of {@code steps}. */
  record Answer(Decision decision, int step, int steps) {}

  /** Play {@code sequences} (each the examples of one request, in order) until {@link #clear}. */
  public synchronized void choose(List<List<MockExample>> sequences) {
    chosen.clear();
    sequences.forEach(s -> chosen.add(Sequence.played(s)));
    changed();
  }

  /** Drop the sequences chosen by a test and start every limited example's count again. */
  public synchronized void clear() {
    chosen.clear();
    restart();
  }

  /** Start every sequence and limited example from its first step again. */
  public synchronized void restart() {
    limited.values().forEach(Sequence::restart);
    chosen.forEach(Sequence::restart);
    changed();
  }

  private void changed() {
    engines = null;
    plainFor = null;
  }

  Answer decide(MockState state, HttpCall call) {
    Plain plain = plainFor;
    if (plain != null
        && plain.engine() == state.engine()
        && plain.preferred() == state.preferred()) {
      return new Answer(Precedence.decideHeadAsGet(plain.preferred(), plain.engine(), call), 0, 0);
    }
    synchronized (this) {
      Engines e = engines(state);
      if (e == null) {
        Decision d = Precedence.decideHeadAsGet(state.preferred(), state.engine(), call);
        return new Answer(d, 0, 0);
      }
      Decision other = Precedence.decideHeadAsGet(e.preferred(), e.rest(), call);
      Decision mine = Precedence.decideHeadAsGet(null, e.steps(), call);
      if (!mine.matched() || other.matched() && mine.score() < other.score()) {
        return new Answer(other, 0, 0);
      }
      for (Sequence s : all()) {
        if (Objects.equals(s.current(), mine.example())) {
          MockExample before = s.current();
          int step = s.answer();
          if (s.current() != before) {
            engines = null;
          }
          return new Answer(mine, step, s.steps());
        }
      }
      return new Answer(other, 0, 0);
    }
  }

  private List<Sequence> all() {
    List<Sequence> all = new ArrayList<>(chosen);
    all.addAll(limited.values());
    return all;
  }

  /** The engines for {@code state}, or {@code null} when no sequence is in play. */
  private Engines engines(MockState state) {
    if (state.engine() != seenEngine || state.preferred() != seenPreferred) {
      seenEngine = state.engine();
      seenPreferred = state.preferred();
      findLimited();
      engines = null;
    }
    if (limited.isEmpty() && chosen.isEmpty()) {
      plainFor = new Plain(state.engine(), state.preferred());
      return null;
    }
    if (engines == null) {
      Set<MockExample> aside = new HashSet<>();
      List<MockExample> current = new ArrayList<>();
      for (Sequence s : all()) {
        aside.addAll(s.examples());
        if (s.current() != null && !current.contains(s.current())) {
          current.add(s.current());
        }
      }
      engines =
          new Engines(
              MatchEngine.of(current, seenEngine.variables(), seenEngine.options()),
              without(seenPreferred, aside),
              without(seenEngine, aside));
    }
    return engines;
  }

  private void findLimited() {
    Map<MockExample, Sequence> before = new LinkedHashMap<>(limited);
    limited.clear();
    List<MockExample> all = new ArrayList<>(seenEngine.examples());
    if (seenPreferred != null) {
      all.addAll(seenPreferred.examples());
    }
    for (MockExample e : all) {
      int uses = e.response().uses();
      if (uses > 0) {
        limited.put(e, before.getOrDefault(e, Sequence.limited(e, uses)));
      }
    }
  }

  private static MatchEngine without(MatchEngine engine, Set<MockExample> aside) {
    if (engine == null || engine.examples().stream().noneMatch(aside::contains)) {
      return engine;
    }
    List<MockExample> kept = engine.examples().stream().filter(e -> !aside.contains(e)).toList();
    return MatchEngine.of(kept, engine.bareRequests(), engine.variables(), engine.options());
  }
}
