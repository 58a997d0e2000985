package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.stagecraft.event.Touch;

/**
 * Running totals of a conversation that scorers and hosts read in constant time: talk per role
 * and per stage, signals shown (accepted or not) and credited per role, their first evidence, the
 * longest seller monologue, touches, stage entries and violations.
 *
 * <p>{@link Conversation#summary()} extends the newest summary of its journal with the events
 * since, so re-scoring after every event of a live call costs time in proportion to the new
 * events, not to the whole call.
 *
 * <p>Immutable and thread-safe.
 */
public final class Summary {
  /** How many event indices are kept as evidence per signal and role, and for violations. */
  public static final int EVIDENCE_LIMIT = 16;

  private static final int ROLES = 3;
  private static final int[] NO_EVIDENCE = new int[0];

  private final Playbook playbook;
  private final int events;
  private final int stage;
  private final int nextStageChange;
  private final int nextViolation;
  /** Per role, then per stage from index 3: utterances, timed utterances. */
  private final int[] turns;
  private final int[] timedTurns;
  private final long[] words;
  private final long[] millis;
  /** Per {@code signalId * 3 + role}. */
  private final int[] shown;
  private final int[] credited;
  private final int[][] evidence;
  private final int[] firstShown;
  private final int[] enteredAt;
  /** All talk before each signal was first shown, and before each stage was first entered. */
  private final @Nullable TalkStats[] talkAtFirstShown;
  private final @Nullable TalkStats[] talkAtEntered;
  /** Per {@code direction * 2 + answered}. */
  private final int[] touches;
  private final TalkStats beforeLastUtterance;
  private final Monologue run;
  private final Monologue longestByWords;
  private final Monologue longestByTime;
  private final int violations;
  private final long violationWeight;
  private final int[] violationEvidence;
  private final int closeAttemptsAfterNoFit;

  private Summary(Tally t) {
    this.playbook = t.playbook;
    this.events = t.events;
    this.stage = t.stage;
    this.nextStageChange = t.nextStageChange;
    this.nextViolation = t.nextViolation;
    this.turns = t.turns;
    this.timedTurns = t.timedTurns;
    this.words = t.words;
    this.millis = t.millis;
    this.shown = t.shown;
    this.credited = t.credited;
    this.evidence = t.evidence;
    this.firstShown = t.firstShown;
    this.enteredAt = t.enteredAt;
    this.talkAtFirstShown = t.talkAtFirstShown;
    this.talkAtEntered = t.talkAtEntered;
    this.touches = t.touches;
    this.beforeLastUtterance = t.beforeLastUtterance;
    this.run = t.run;
    this.longestByWords = t.longestByWords;
    this.longestByTime = t.longestByTime;
    this.violations = t.violations;
    this.violationWeight = t.violationWeight;
    this.violationEvidence = t.violationEvidence;
    this.closeAttemptsAfterNoFit = t.closeAttemptsAfterNoFit;
  }

  static Summary empty(Playbook playbook) {
    return new Summary(new Tally(playbook));
  }

  /** This summary extended by events {@code events} to {@code length - 1} of {@code journal}. */
  Summary extend(Journal journal, int length) {
    return events == length ? this : new Summary(new Tally(this).fold(journal, length));
  }

  /** How many events the summary covers. */
  public int eventCount() {
    return events;
  }

  /** The playbook of the conversation. */
  public Playbook playbook() {
    return playbook;
  }

  /** How much {@code role} talked. */
  public TalkStats talk(SpeakerRole role) {
    return stats(checkNotNull(role, "role").ordinal());
  }

  /** How much was said, by anyone, while the conversation was in {@code stage}. */
  public TalkStats talkIn(Stage stage) {
    return stats(ROLES + playbook.requireStage(stage));
  }

  /** How often {@code signal} was shown, by anyone, whether the engine accepted it or not. */
  public int shown(Signal signal) {
    int id = signalId(signal);
    return shown[id * 3] + shown[id * 3 + 1] + shown[id * 3 + 2];
  }

  /** How often {@code by} showed {@code signal}, whether the engine accepted it or not. */
  public int shown(Signal signal, SpeakerRole by) {
    return shown[signalId(signal) * 3 + checkNotNull(by, "by").ordinal()];
  }

  /** How often an accepted event showed {@code signal}, from anyone. */
  public int credited(Signal signal) {
    int id = signalId(signal);
    return credited[id * 3] + credited[id * 3 + 1] + credited[id * 3 + 2];
  }

  /** How often an accepted event from {@code by} showed {@code signal}. */
  public int credited(Signal signal, SpeakerRole by) {
    return credited[signalId(signal) * 3 + checkNotNull(by, "by").ordinal()];
  }

  /** The index of the first event that showed {@code signal}, accepted or not, or -1. */
  public int firstShown(Signal signal) {
    return firstShown[signalId(signal)];
  }

  /** The first {@value #EVIDENCE_LIMIT} events where {@code by} showed {@code signal}. */
  public ImmutableList<Integer> evidence(Signal signal, SpeakerRole by) {
    return list(evidence[signalId(signal) * 3 + checkNotNull(by, "by").ordinal()]);
  }

  /** The index of the event that first entered {@code stage} (0 for the start), or -1. */
  public int enteredAt(Stage stage) {
    return enteredAt[playbook.requireStage(stage)];
  }

  /** All talk, by anyone. */
  public TalkStats talk() {
    return total();
  }

  /**
   * All talk, by anyone, before the utterance that first showed {@code signal} (signals describe
   * the utterance just before them); null if no event showed it.
   */
  public @Nullable TalkStats talkBeforeFirst(Signal signal) {
    return talkAtFirstShown[signalId(signal)];
  }

  /**
   * All talk, by anyone, before the utterance whose signal first entered {@code stage} (zero for
   * the start stage); null if it was never entered.
   */
  public @Nullable TalkStats talkBeforeEntering(Stage stage) {
    return talkAtEntered[playbook.requireStage(stage)];
  }

  /** How many touches went in {@code direction}. */
  public int touches(Touch.Direction direction) {
    int d = checkNotNull(direction, "direction").ordinal();
    return touches[d * 2] + touches[d * 2 + 1];
  }

  /** How many touches in {@code direction} the other side answered. */
  public int answeredTouches(Touch.Direction direction) {
    return touches[checkNotNull(direction, "direction").ordinal() * 2 + 1];
  }

  /** The seller's longest uninterrupted run, by words. Only a prospect's turn interrupts it. */
  public Monologue longestSellerMonologueByWords() {
    return longestByWords;
  }

  /** The seller's longest uninterrupted run, by the length of its timed utterances. */
  public Monologue longestSellerMonologueByTime() {
    return longestByTime;
  }

  /** How many events were rejected. */
  public int violations() {
    return violations;
  }

  /**
   * The violations weighted by how far ahead the attempted stage was: each counts the number of
   * stages (in declaration order) between where the conversation was and where it tried to go,
   * at least 1.
   */
  public long violationWeight() {
    return violationWeight;
  }

  /** The first {@value #EVIDENCE_LIMIT} rejected events. */
  public ImmutableList<Integer> violationEvidence() {
    return list(violationEvidence);
  }

  /** How often the seller closed, asked for the sale or pressed after no fit had been shown. */
  public int closeAttemptsAfterNoFit() {
    return closeAttemptsAfterNoFit;
  }

  private TalkStats total() {
    return sumOfRoles(turns, timedTurns, words, millis);
  }

  /** The talk of the three roles together, from the per-slot arrays. */
  private static TalkStats sumOfRoles(int[] turns, int[] timedTurns, long[] words, long[] millis) {
    return new TalkStats(turns[0] + turns[1] + turns[2], words[0] + words[1] + words[2],
        timedTurns[0] + timedTurns[1] + timedTurns[2],
        Duration.ofMillis(millis[0] + millis[1] + millis[2]));
  }

  private TalkStats stats(int slot) {
    return new TalkStats(turns[slot], words[slot], timedTurns[slot],
        Duration.ofMillis(millis[slot]));
  }

  private int signalId(Signal signal) {
    int id = playbook.signals.id(checkNotNull(signal, "signal"));
    if (id < 0) {
      throw new IllegalArgumentException("playbook '" + playbook.name() + "' does not know "
          + "signal " + signal);
    }
    return id;
  }

  private static ImmutableList<Integer> list(int[] indices) {
    ImmutableList.Builder<Integer> out = ImmutableList.builderWithExpectedSize(indices.length);
    for (int index : indices) {
      out.add(index);
    }
    return out.build();
  }

  /** The mutable fold behind a summary; its arrays become the new summary's. */
  private static final class Tally {
    final Playbook playbook;
    int events;
    int stage;
    int nextStageChange;
    int nextViolation;
    final int[] turns;
    final int[] timedTurns;
    final long[] words;
    final long[] millis;
    final int[] shown;
    final int[] credited;
    final int[][] evidence;
    final int[] firstShown;
    final int[] enteredAt;
    final @Nullable TalkStats[] talkAtFirstShown;
    final @Nullable TalkStats[] talkAtEntered;
    final int[] touches;
    /** All talk before the latest utterance: signals describe the utterance just before them. */
    TalkStats beforeLastUtterance;
    Monologue run;
    Monologue longestByWords;
    Monologue longestByTime;
    int violations;
    long violationWeight;
    int[] violationEvidence;
    int closeAttemptsAfterNoFit;

    Tally(Playbook playbook) {
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
      Arrays.fill(evidence, NO_EVIDENCE);
      firstShown = new int[signals];
      Arrays.fill(firstShown, -1);
      enteredAt = new int[playbook.stageCount()];
      Arrays.fill(enteredAt, -1);
      enteredAt[stage] = 0;
      talkAtFirstShown = new TalkStats[signals];
      talkAtEntered = new TalkStats[playbook.stageCount()];
      talkAtEntered[stage] = new TalkStats(0, 0, 0, Duration.ZERO);
      beforeLastUtterance = talkAtEntered[stage];
      touches = new int[4];
      run = Monologue.NONE;
      longestByWords = Monologue.NONE;
      longestByTime = Monologue.NONE;
      violationEvidence = NO_EVIDENCE;
    }

    Tally(Summary s) {
      playbook = s.playbook;
      events = s.events;
      stage = s.stage;
      nextStageChange = s.nextStageChange;
      nextViolation = s.nextViolation;
      turns = s.turns.clone();
      timedTurns = s.timedTurns.clone();
      words = s.words.clone();
      millis = s.millis.clone();
      shown = s.shown.clone();
      credited = s.credited.clone();
      evidence = s.evidence.clone(); // rows are copied on write
      firstShown = s.firstShown.clone();
      enteredAt = s.enteredAt.clone();
      talkAtFirstShown = s.talkAtFirstShown.clone();
      talkAtEntered = s.talkAtEntered.clone();
      beforeLastUtterance = s.beforeLastUtterance;
      touches = s.touches.clone();
      run = s.run;
      longestByWords = s.longestByWords;
      longestByTime = s.longestByTime;
      violations = s.violations;
      violationWeight = s.violationWeight;
      violationEvidence = s.violationEvidence;
      closeAttemptsAfterNoFit = s.closeAttemptsAfterNoFit;
    }

    Tally fold(Journal journal, int length) {
      for (int i = events; i < length; i++) {
        enterStages(journal, i);
        int entry = journal.entry(i);
        int role = Entries.role(entry);
        switch (Entries.kind(entry)) {
          case Entries.UTTERANCE -> utterance(journal, i, entry, role);
          case Entries.SIGNAL -> signal(i, Entries.payload(entry), role, Entries.rejected(entry));
          case Entries.TOUCH -> touches[(Entries.payload(entry) >>> 3 & 1) * 2
              + (Entries.payload(entry) >>> 4 & 1)]++;
          default -> { }
        }
        if (Entries.rejected(entry)) {
          violation(journal, i);
        }
      }
      events = length;
      return this;
    }

    private void enterStages(Journal journal, int index) {
      IndexedLog changes = journal.stageChanges;
      int count = changes.countBefore(index + 1);
      for (; nextStageChange < count; nextStageChange++) {
        stage = (int) changes.value(nextStageChange);
        if (enteredAt[stage] < 0) {
          enteredAt[stage] = changes.stamp(nextStageChange);
          talkAtEntered[stage] = beforeLastUtterance;
        }
      }
    }

    private void utterance(Journal journal, int index, int entry, int role) {
      long w = Entries.payload(entry);
      boolean timed = Entries.timed(entry);
      long ms = timed ? journal.endMillis(index) - journal.startMillis(index) : 0;
      beforeLastUtterance = totalTalk();
      talk(role, w, ms, timed);
      talk(ROLES + stage, w, ms, timed);
      if (role == SpeakerRole.SELLER.ordinal()) {
        Duration spoken = run.spoken().plusMillis(ms);
        run = run.isEmpty()
            ? new Monologue(index, index, 1, w, Duration.ofMillis(ms), timed)
            : new Monologue(run.firstEvent(), index, run.utterances() + 1, run.words() + w,
                spoken, run.fullyTimed() && timed);
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

    private TalkStats totalTalk() {
      return sumOfRoles(turns, timedTurns, words, millis);
    }

    private void talk(int slot, long w, long ms, boolean timed) {
      turns[slot]++;
      words[slot] += w;
      millis[slot] += ms;
      if (timed) {
        timedTurns[slot]++;
      }
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
      if (evidence[slot].length < EVIDENCE_LIMIT) {
        evidence[slot] = append(evidence[slot], index);
      }
      int noFit = firstShown[playbook.signals.id(Signal.NO_FIT)];
      if (role == SpeakerRole.SELLER.ordinal() && noFit >= 0 && noFit < index
          && isCloseAttempt(playbook.signals.get(id))) {
        closeAttemptsAfterNoFit++;
      }
    }

    private static boolean isCloseAttempt(Signal signal) {
      return signal == Signal.ASSUMPTIVE_CLOSE || signal == Signal.ASKED_FOR_SALE
          || signal == Signal.PRESSURE;
    }

    private void violation(Journal journal, int index) {
      violations++;
      if (violationEvidence.length < EVIDENCE_LIMIT) {
        violationEvidence = append(violationEvidence, index);
      }
      IndexedLog log = journal.violations;
      for (; nextViolation < log.countBefore(index + 1); nextViolation++) {
        long packed = log.value(nextViolation);
        int from = (int) (packed >>> 8) & 0xff;
        int to = (int) (packed >>> 16) & 0xff;
        violationWeight += Math.max(1, to - from);
      }
    }

    private static int[] append(int[] row, int value) {
      int[] grown = Arrays.copyOf(row, row.length + 1);
      grown[row.length] = value;
      return grown;
    }

  }

  @Override
  public String toString() {
    return "Summary[events=" + events + ", violations=" + violations + "]";
  }
}
