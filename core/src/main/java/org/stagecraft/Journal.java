package org.stagecraft;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The record of a line of conversations: one compact int per event, the event times when known,
 * the stage changes and the violations. Conversations that follow one another share a journal
 * instead of copying it: a conversation of length {@code n} reads only the first {@code n}
 * entries, and appending from the newest conversation writes in place. Appending from an older one
 * (a branch) first copies its prefix into a journal of its own.
 *
 * <p>Thread-safety: a slot is taken with a compare-and-set, so two threads appending to the same
 * conversation never share a slot; the loser branches. Entries below a conversation's length are
 * written before that conversation is constructed and never change afterwards. The lists that
 * readers scan by count (stage changes, violations) publish their counts with release/acquire.
 */
final class Journal {
  private static final VarHandle CLAIMED;
  private static final VarHandle STAGE_CHANGES;
  private static final VarHandle VIOLATIONS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      CLAIMED = lookup.findVarHandle(Journal.class, "claimed", int.class);
      STAGE_CHANGES = lookup.findVarHandle(Journal.class, "stageChangeCount", int.class);
      VIOLATIONS = lookup.findVarHandle(Journal.class, "violationCount", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final int[] NO_INTS = new int[0];
  private static final Violation[] NO_VIOLATIONS = new Violation[0];
  private static final int UNTIMED = -1;

  final Playbook playbook;
  private final boolean shared;
  @SuppressWarnings("unused") // accessed through CLAIMED
  private int claimed;
  private int[] entries;
  private int[] times;
  /** Packed {@code eventIndex << 8 | stageId}, in event order. */
  private int[] stageChanges;
  @SuppressWarnings("unused") // accessed through STAGE_CHANGES
  private int stageChangeCount;
  private Violation[] violations;
  @SuppressWarnings("unused") // accessed through VIOLATIONS
  private int violationCount;

  private Journal(Playbook playbook, boolean shared, int capacity) {
    this.playbook = playbook;
    this.shared = shared;
    this.entries = capacity == 0 ? NO_INTS : new int[capacity];
    this.times = NO_INTS;
    this.stageChanges = NO_INTS;
    this.violations = NO_VIOLATIONS;
  }

  /** The journal every fresh conversation of {@code playbook} points at; never written. */
  static Journal empty(Playbook playbook) {
    return new Journal(playbook, true, 0);
  }

  /**
   * A journal in which slot {@code length} is the caller's to write: this one if the slot was
   * free, otherwise a copy of the first {@code length} events.
   */
  Journal claim(int length) {
    if (!shared && CLAIMED.compareAndSet(this, length, length + 1)) {
      return this;
    }
    Journal branch = new Journal(playbook, false, Math.max(16, length + length / 2));
    System.arraycopy(entries, 0, branch.entries, 0, length);
    if (times.length > 0) {
      branch.times = Arrays.copyOf(times, branch.entries.length * 2);
    }
    int changes = stageChangeCount(length);
    branch.stageChanges = Arrays.copyOf(stageChanges, Math.max(changes, 4));
    branch.stageChangeCount = changes;
    int violated = violationCount(length);
    branch.violations = Arrays.copyOf(violations, Math.max(violated, 2));
    branch.violationCount = violated;
    branch.claimed = length + 1;
    return branch;
  }

  void write(int index, int entry) {
    if (index == entries.length) {
      entries = Arrays.copyOf(entries, Math.max(16, index + (index >> 1)));
    }
    entries[index] = entry;
  }

  void writeTimes(int index, int startMillis, int endMillis) {
    if (times.length < entries.length * 2) {
      int old = times.length;
      times = Arrays.copyOf(times, entries.length * 2);
      Arrays.fill(times, old, times.length, UNTIMED);
    }
    times[index * 2] = startMillis;
    times[index * 2 + 1] = endMillis;
  }

  void addStageChange(int index, int stageId) {
    int count = (int) STAGE_CHANGES.getAcquire(this);
    if (count == stageChanges.length) {
      stageChanges = Arrays.copyOf(stageChanges, Math.max(4, count * 2));
    }
    stageChanges[count] = index << 8 | stageId;
    STAGE_CHANGES.setRelease(this, count + 1);
  }

  void addViolation(Violation violation) {
    int count = (int) VIOLATIONS.getAcquire(this);
    if (count == violations.length) {
      violations = Arrays.copyOf(violations, Math.max(2, count * 2));
    }
    violations[count] = violation;
    VIOLATIONS.setRelease(this, count + 1);
  }

  int entry(int index) {
    return entries[index];
  }

  int startMillis(int index) {
    return times[index * 2];
  }

  int endMillis(int index) {
    return times[index * 2 + 1];
  }

  /** How many stage changes happened before event {@code length}. */
  int stageChangeCount(int length) {
    int count = (int) STAGE_CHANGES.getAcquire(this);
    while (count > 0 && (stageChanges[count - 1] >>> 8) >= length) {
      count--;
    }
    return count;
  }

  int stageChangeIndex(int i) {
    return stageChanges[i] >>> 8;
  }

  int stageChangeStage(int i) {
    return stageChanges[i] & 0xff;
  }

  /** How many violations happened before event {@code length}. */
  int violationCount(int length) {
    int count = (int) VIOLATIONS.getAcquire(this);
    while (count > 0 && violations[count - 1].eventIndex() >= length) {
      count--;
    }
    return count;
  }

  Violation violation(int i) {
    return violations[i];
  }
}
