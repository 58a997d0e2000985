package org.stagecraft;

import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The mutable fold behind a {@link Summary}: it starts from a summary (or from nothing), reads
 * the journal's events in order, and hands its arrays to the next summary. Not thread-safe; each
 * fold is used by one thread once.
 */
final class SummaryFold {
  static final int ROLES = 3;
  private static final int[] NONE = new int[0];

  final Playbook playbook;
  int events;
  int stage;
  int nextStageChange;
  int nextViolation;
  /** Talk per role (slots 0-2), then per stage (slot 3 + stage id). */
  final int[] turns;
  final int[] timedTurns;
  final long[] words;
  final long[] millis;
  /** Per {@code signalId * 3 + role}. */
  final int[] shown;
  final int[] credited;
  final int[][] evidence;
  final int[] firstShown;
  final int[] enteredAt;
  final @Nullable TalkStats[] talkAtFirstShown;
  final @Nullable TalkStats[] talkAtEntered;
  /** Per {@code direction * 2 + answered}. */
  final int[] touches;
  int[] unansweredTouchEvidence;
  /** All talk before the latest utterance: signals describe the utterance just before them. */
  TalkStats beforeLastUtterance;
  /** The latest utterance since the last stage change, or null: it moves with a stage entry. */
  @Nullable Talk lastUtterance;
  Monologue run;
  Monologue longestByWords;
  Monologue longestByTime;
  int violations;
  int sellerViolations;
  long sellerViolationWeight;
  int[] sellerViolationEvidence;
  int closeAttemptsAfterNoFit;
  int[] closeAttemptsAfterNoFitEvidence;

  /** One utterance's talk and the stage slot it was counted in. */
  record Talk(int slot, long words, long millis, boolean timed) {}

  SummaryFold(Playbook playbook) {
    this.playbook = playbook;
    int slots = ROLES + playbook.stageCount();
    int signals = playbook.signals.size();
    stage = playbook.start;
    turns = new int[slots];
    timedTurns = new int[slots];
    words = new long[slots];
    millis = new long[slots];
    shown = new int[signals * 3];
    credited = new int[signals * 3];
    evidence = new int[signals * 3][];
    Arrays.fill(evidence, NONE);
    firstShown = new int[signals];
    Arrays.fill(firstShown, -1);
    enteredAt = new int[playbook.stageCount()];
    Arrays.fill(enteredAt, -1);
    enteredAt[stage] = 0;
    talkAtFirstShown = new TalkStats[signals];
    talkAtEntered = new TalkStats[playbook.stageCount()];
    beforeLastUtterance = new TalkStats(0, 0, 0, Duration.ZERO);
    talkAtEntered[stage] = beforeLastUtterance;
    touches = new int[4];
    unansweredTouchEvidence = NONE;
    run = Monologue.NONE;
    longestByWords = Monologue.NONE;
    longestByTime = Monologue.NONE;
    sellerViolationEvidence = NONE;
    closeAttemptsAfterNoFitEvidence = NONE;
  }

  private SummaryFold(SummaryFold o) {
    playbook = o.playbook;
    events = o.events;
    stage = o.stage;
    nextStageChange = o.nextStageChange;
    nextViolation = o.nextViolation;
    turns = o.turns.clone();
    timedTurns = o.timedTurns.clone();
    words = o.words.clone();
    millis = o.millis.clone();
    shown = o.shown.clone();
    credited = o.credited.clone();
    evidence = o.evidence.clone(); // rows are copied on write
    firstShown = o.firstShown.clone();
    enteredAt = o.enteredAt.clone();
    talkAtFirstShown = o.talkAtFirstShown.clone();
    talkAtEntered = o.talkAtEntered.clone();
    touches = o.touches.clone();
    unansweredTouchEvidence = o.unansweredTouchEvidence;
    beforeLastUtterance = o.beforeLastUtterance;
    lastUtterance = o.lastUtterance;
    run = o.run;
    longestByWords = o.longestByWords;
    longestByTime = o.longestByTime;
    violations = o.violations;
    sellerViolations = o.sellerViolations;
    sellerViolationWeight = o.sellerViolationWeight;
    sellerViolationEvidence = o.sellerViolationEvidence;
    closeAttemptsAfterNoFit = o.closeAttemptsAfterNoFit;
    closeAttemptsAfterNoFitEvidence = o.closeAttemptsAfterNoFitEvidence;
  }

  /** A fold that continues this one; this one stays as it is (it belongs to a summary). */
  SummaryFold copy() {
    return new SummaryFold(this);
  }

  SummaryFold fold(Journal journal, int length) {
    for (int i = events; i < length; i++) {
      enterStages(journal, i);
      int entry = journal.entry(i);
      int role = Entries.role(entry);
      switch (Entries.kind(entry)) {
        case Entries.UTTERANCE -> utterance(journal, i, entry, role);
        case Entries.SIGNAL -> signal(i, Entries.payload(entry), role, Entries.rejected(entry));
        case Entries.TOUCH -> touch(i, Entries.payload(entry));
        default -> { }
      }
      if (Entries.rejected(entry)) {
        violation(journal, i, entry);
      }
    }
    events = length;
    return this;
  }

  private void enterStages(Journal journal, int index) {
    IndexedLog changes = journal.stageChanges;
    int count = changes.countBefore(index + 1);
    for (; nextStageChange < count; nextStageChange++) {
      int entered = (int) changes.value(nextStageChange);
      TalkStats before = lastUtterance == null ? totalTalk() : beforeLastUtterance;
      if (lastUtterance != null) { // the utterance whose signal made the move belongs to it
        move(lastUtterance, ROLES + entered);
        lastUtterance = null;
      }
      stage = entered;
      if (enteredAt[stage] < 0) {
        enteredAt[stage] = changes.stamp(nextStageChange);
        talkAtEntered[stage] = before;
      }
    }
  }

  private void move(Talk talk, int toSlot) {
    add(talk.slot(), -talk.words(), -talk.millis(), talk.timed(), -1);
    add(toSlot, talk.words(), talk.millis(), talk.timed(), 1);
  }

  private void utterance(Journal journal, int index, int entry, int role) {
    long w = Entries.payload(entry);
    boolean timed = Entries.timed(entry);
    long ms = timed ? journal.endMillis(index) - journal.startMillis(index) : 0;
    beforeLastUtterance = totalTalk();
    add(role, w, ms, timed, 1);
    add(ROLES + stage, w, ms, timed, 1);
    lastUtterance = new Talk(ROLES + stage, w, ms, timed);
    if (role == SpeakerRole.SELLER.ordinal()) {
      run = run.isEmpty()
          ? new Monologue(index, index, 1, w, Duration.ofMillis(ms), timed)
          : new Monologue(run.firstEvent(), index, run.utterances() + 1, run.words() + w,
              run.spoken().plusMillis(ms), run.fullyTimed() && timed);
      if (run.words() > longestByWords.words()) {
        longestByWords = run;
      }
      if (run.spoken().compareTo(longestByTime.spoken()) > 0) {
        longestByTime = run;
      }
    } else if (role == SpeakerRole.PROSPECT.ordinal()) {
      run = Monologue.NONE;
    }
  }

  private void add(int slot, long w, long ms, boolean timed, int count) {
    turns[slot] += count;
    words[slot] += w;
    millis[slot] += ms;
    if (timed) {
      timedTurns[slot] += count;
    }
  }

  TalkStats totalTalk() {
    return Summary.sumOfRoles(turns, timedTurns, words, millis);
  }

  private void signal(int index, int id, int role, boolean rejected) {
    int slot = id * 3 + role;
    shown[slot]++;
    if (!rejected) {
      credited[slot]++;
    }
    if (firstShown[id] < 0) {
      firstShown[id] = index;
      talkAtFirstShown[id] = beforeLastUtterance;
    }
    evidence[slot] = appendCapped(evidence[slot], index);
    int noFit = firstShown[playbook.signals.id(Signal.NO_FIT)];
    if (role == SpeakerRole.SELLER.ordinal() && noFit >= 0 && noFit < index
        && isCloseAttempt(playbook.signals.get(id))) {
      closeAttemptsAfterNoFit++;
      closeAttemptsAfterNoFitEvidence = appendCapped(closeAttemptsAfterNoFitEvidence, index);
    }
  }

  private static boolean isCloseAttempt(Signal signal) {
    return signal == Signal.ASSUMPTIVE_CLOSE || signal == Signal.ASKED_FOR_SALE
        || signal == Signal.PRESSURE;
  }

  private void touch(int index, int payload) {
    int direction = payload >>> 3 & 1;
    int answered = payload >>> 4 & 1;
    touches[direction * 2 + answered]++;
    if (answered == 0 && Entries.touchRole(payload) == SpeakerRole.SELLER.ordinal()) {
      unansweredTouchEvidence = appendCapped(unansweredTouchEvidence, index);
    }
  }

  /** Counts a rejection; the seller's own (and the host's stage requests) also by distance. */
  private void violation(Journal journal, int index, int entry) {
    violations++;
    IndexedLog log = journal.violations;
    for (; nextViolation < log.countBefore(index + 1); nextViolation++) {
      boolean bySeller = Entries.kind(entry) == Entries.STAGE_REQUEST
          || Entries.role(entry) == SpeakerRole.SELLER.ordinal();
      if (bySeller) {
        long packed = log.value(nextViolation);
        int from = (int) (packed >>> 8) & 0xff;
        int to = (int) (packed >>> 16) & 0xff;
        sellerViolations++;
        sellerViolationWeight += Math.max(1, playbook.ranks[to] - playbook.ranks[from]);
        sellerViolationEvidence = appendCapped(sellerViolationEvidence, index);
      }
    }
  }

  private static int[] appendCapped(int[] row, int value) {
    if (row.length >= Summary.EVIDENCE_LIMIT) {
      return row;
    }
    int[] grown = Arrays.copyOf(row, row.length + 1);
    grown[row.length] = value;
    return grown;
  }
}
