package io.github.postmanmock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class CallJournalTest {
  private final CallJournal<Integer> journal =
      new CallJournal<>(Comparator.<Integer>naturalOrder());

  @Test
  void keepsArrivalOrderWhenALaterCallIsAnsweredFirst() {
    journal.record(1);
    journal.record(3);
    journal.record(2);

    assertThat(journal.all()).containsExactly(1, 2, 3);
  }

  @Test
  void aCappedJournalDropsItsOldestValuesInEveryListAndCountsThem() {
    CallJournal<Integer> capped = new CallJournal<>(Comparator.<Integer>naturalOrder(), 2);
    CallJournal.Window<Integer> window = capped.open("test");
    capped.record(1);
    capped.record(3);
    capped.record(2);
    capped.record(4);

    assertThat(capped.all()).containsExactly(3, 4);
    assertThat(capped.droppedFromAll()).isEqualTo(2);
    assertThat(window.calls()).containsExactly(3, 4);
    assertThat(window.dropped()).isEqualTo(2);
  }

  @Test
  void aJournalBoundedByBytesKeepsTheNewestValuesThatFit() {
    CallJournal<Integer> bounded =
        new CallJournal<>(
            new JournalBounds<>(Comparator.<Integer>naturalOrder(), 100, 10, v -> v, v -> false));
    for (int v = 1; v <= 5; v++) {
      bounded.record(v);
    }

    assertThat(bounded.all()).containsExactly(4, 5);
    assertThat(bounded.droppedFromAll()).isEqualTo(3);
  }

  @Test
  void aValueHeavierThanTheWholeBoundIsStillKeptAsTheNewest() {
    CallJournal<Integer> bounded =
        new CallJournal<>(
            new JournalBounds<>(Comparator.<Integer>naturalOrder(), 100, 10, v -> v, v -> false));
    bounded.record(1);
    bounded.record(50);

    assertThat(bounded.all()).containsExactly(50);
    assertThat(bounded.droppedFromAll()).isEqualTo(1);
  }

  @Test
  void droppingManyValuesKeepsArrivalOrder() {
    CallJournal<Integer> capped = new CallJournal<>(Comparator.<Integer>naturalOrder(), 3);
    for (int v = 1; v <= 1000; v++) {
      capped.record(v % 2 == 0 ? v - 1 : v + 1);
    }

    assertThat(capped.all()).containsExactly(998, 999, 1000);
    assertThat(capped.droppedFromAll()).isEqualTo(997);
  }

  @Test
  void notableValuesDroppedAreCountedApart() {
    CallJournal<Integer> capped =
        new CallJournal<>(
            new JournalBounds<>(Comparator.<Integer>naturalOrder(), 1, 100, v -> 0, v -> v < 0));
    CallJournal.Window<Integer> window = capped.open("t");
    capped.record(-2);
    capped.record(-1);
    capped.record(3);

    assertThat(capped.droppedFromAll()).isEqualTo(2);
    assertThat(capped.notableDroppedFromAll()).isEqualTo(2);
    assertThat(window.droppedNotable()).isEqualTo(2);
  }

  @Test
  void clearingForgetsTheDroppedCount() {
    CallJournal<Integer> capped = new CallJournal<>(Comparator.<Integer>naturalOrder(), 1);
    capped.record(1);
    capped.record(2);
    capped.clear();

    assertThat(capped.all()).isEmpty();
    assertThat(capped.droppedFromAll()).isZero();
  }

  @Test
  void aCappedJournalAlsoCapsTheLateValues() {
    CallJournal<Integer> capped = new CallJournal<>(Comparator.<Integer>naturalOrder(), 1);
    capped.open("test").close();
    capped.record(1);
    capped.record(2);

    assertThat(capped.late()).containsExactly(2);
  }

  @Test
  void aWindowHoldsTheCallsRecordedWhileItIsOpen() {
    journal.record(1);
    CallJournal.Window<Integer> window = journal.open("test");
    journal.record(2);
    window.close();
    journal.record(3);

    assertThat(window.calls()).containsExactly(2);
    assertThat(window.isOpen()).isFalse();
    assertThat(journal.all()).containsExactly(1, 2, 3);
  }

  @Test
  void overlappingWindowsBothSeeTheCallsOfTheOverlap() {
    CallJournal.Window<Integer> first = journal.open("first");
    journal.record(1);
    CallJournal.Window<Integer> second = journal.open("second");
    journal.record(2);
    first.close();
    journal.record(3);

    assertThat(first.calls()).containsExactly(1, 2);
    assertThat(second.calls()).containsExactly(2, 3);
    assertThat(journal.lastOpen()).isSameAs(second);
  }

  @Test
  void snapshotsDoNotChangeAfterwards() {
    journal.record(1);
    var snapshot = journal.all();
    journal.record(2);

    assertThat(snapshot).containsExactly(1);
  }
}
