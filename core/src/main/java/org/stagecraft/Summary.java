package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.stagecraft.event.Touch;

/**
 * Running totals of a conversation that scorers and hosts read in constant time: talk per role
 * and per stage, signals shown (accepted or not) and credited per role, their first evidence, the
 * longest seller monologue, touches, stage entries and violations.
 *
 * <p>{@link Conversation#summary()} extends a summary its journal keeps (the newest one, or a
 * checkpoint every {@value Journal#SUMMARY_CHECKPOINT} events) by the events since, so scoring
 * after every event of a live call, or scoring any earlier point, costs time in proportion to at
 * most that many events, not to the whole call.
 *
 * <p>Signals describe the utterance just before them: the talk "before" a signal or a stage
 * entry excludes the utterance that carried it, and that utterance counts as talk in the stage it
 * moved the conversation into.
 *
 * <p>Immutable and thread-safe. Methods that take a signal throw {@link
 * IllegalArgumentException} for a signal the playbook does not know.
 */
public final class Summary {
  /** How many event indices are kept as evidence per signal and role, and per kind of fault. */
  public static final int EVIDENCE_LIMIT = 16;

  private final Playbook playbook;
  private final int events;
  private final int stage;
  private final int nextStageChange;
  private final int nextViolation;
  private final int[] turns;
  private final int[] timedTurns;
  private final long[] words;
  private final long[] millis;
  private final int[] shown;
  private final int[] credited;
  private final int[][] evidence;
  private final int[] firstShown;
  private final int[] enteredAt;
  private final @Nullable TalkStats[] talkAtFirstShown;
  private final @Nullable TalkStats[] talkAtEntered;
  private final int[] touches;
  private final int[] unansweredTouchEvidence;
  private final TalkStats beforeLastUtterance;
  private final SummaryFold.@Nullable Talk lastUtterance;
  private final Monologue run;
  private final Monologue longestByWords;
  private final Monologue longestByTime;
  private final int violations;
  private final int sellerViolations;
  private final long sellerViolationWeight;
  private final int[] sellerViolationEvidence;
  private final int closeAttemptsAfterNoFit;
  private final int[] closeAttemptsAfterNoFitEvidence;

  private Summary(SummaryFold f) {
    this.playbook = f.playbook;
    this.events = f.events;
    this.stage = f.stage;
    this.nextStageChange = f.nextStageChange;
    this.nextViolation = f.nextViolation;
    this.turns = f.turns;
    this.timedTurns = f.timedTurns;
    this.words = f.words;
    this.millis = f.millis;
    this.shown = f.shown;
    this.credited = f.credited;
    this.evidence = f.evidence;
    this.firstShown = f.firstShown;
    this.enteredAt = f.enteredAt;
    this.talkAtFirstShown = f.talkAtFirstShown;
    this.talkAtEntered = f.talkAtEntered;
    this.touches = f.touches;
    this.unansweredTouchEvidence = f.unansweredTouchEvidence;
    this.beforeLastUtterance = f.beforeLastUtterance;
    this.lastUtterance = f.lastUtterance;
    this.run = f.run;
    this.longestByWords = f.longestByWords;
    this.longestByTime = f.longestByTime;
    this.violations = f.violations;
    this.sellerViolations = f.sellerViolations;
    this.sellerViolationWeight = f.sellerViolationWeight;
    this.sellerViolationEvidence = f.sellerViolationEvidence;
    this.closeAttemptsAfterNoFit = f.closeAttemptsAfterNoFit;
    this.closeAttemptsAfterNoFitEvidence = f.closeAttemptsAfterNoFitEvidence;
  }

  static Summary empty(Playbook playbook) {
    return new Summary(new SummaryFold(playbook));
  }

  /** This summary extended by the events from its end to {@code length - 1} of {@code journal}. */
  Summary extend(Journal journal, int length) {
    return events == length ? this : new Summary(new SummaryFold(this).fold(journal, length));
  }

  /** Copies this summary's state into a fresh fold of the same playbook, to continue it. */
  void copyInto(SummaryFold f) {
    f.events = events;
    f.stage = stage;
    f.nextStageChange = nextStageChange;
    f.nextViolation = nextViolation;
    System.arraycopy(turns, 0, f.turns, 0, turns.length);
    System.arraycopy(timedTurns, 0, f.timedTurns, 0, timedTurns.length);
    System.arraycopy(words, 0, f.words, 0, words.length);
    System.arraycopy(millis, 0, f.millis, 0, millis.length);
    System.arraycopy(shown, 0, f.shown, 0, shown.length);
    System.arraycopy(credited, 0, f.credited, 0, credited.length);
    System.arraycopy(evidence, 0, f.evidence, 0, evidence.length); // rows are copied on write
    System.arraycopy(firstShown, 0, f.firstShown, 0, firstShown.length);
    System.arraycopy(enteredAt, 0, f.enteredAt, 0, enteredAt.length);
    System.arraycopy(talkAtFirstShown, 0, f.talkAtFirstShown, 0, talkAtFirstShown.length);
    System.arraycopy(talkAtEntered, 0, f.talkAtEntered, 0, talkAtEntered.length);
    System.arraycopy(touches, 0, f.touches, 0, touches.length);
    f.unansweredTouchEvidence = unansweredTouchEvidence;
    f.beforeLastUtterance = beforeLastUtterance;
    f.lastUtterance = lastUtterance;
    f.run = run;
    f.longestByWords = longestByWords;
    f.longestByTime = longestByTime;
    f.violations = violations;
    f.sellerViolations = sellerViolations;
    f.sellerViolationWeight = sellerViolationWeight;
    f.sellerViolationEvidence = sellerViolationEvidence;
    f.closeAttemptsAfterNoFit = closeAttemptsAfterNoFit;
    f.closeAttemptsAfterNoFitEvidence = closeAttemptsAfterNoFitEvidence;
  }

  /** How many events the summary covers. */
  public int eventCount() {
    return events;
  }

  /** The playbook of the conversation. */
  public Playbook playbook() {
    return playbook;
  }

  /** All talk, by anyone. */
  public TalkStats talk() {
    return sumOfRoles(turns, timedTurns, words, millis);
  }

  /** How much {@code role} talked. */
  public TalkStats talk(SpeakerRole role) {
    return stats(checkNotNull(role, "role").ordinal());
  }

  /** How much was said, by anyone, while the conversation was in {@code stage}. */
  public TalkStats talkIn(Stage stage) {
    return stats(SummaryFold.ROLES + playbook.requireStage(stage));
  }

  /**
   * All talk, by anyone, before the utterance that first showed {@code signal}; null if no
   * event showed it.
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

  /** How many touches went in {@code direction}. */
  public int touches(Touch.Direction direction) {
    int d = checkNotNull(direction, "direction").ordinal();
    return touches[d * 2] + touches[d * 2 + 1];
  }

  /** How many touches in {@code direction} the other side answered. */
  public int answeredTouches(Touch.Direction direction) {
    return touches[checkNotNull(direction, "direction").ordinal() * 2 + 1];
  }

  /** The first {@value #EVIDENCE_LIMIT} seller touches the prospect left unanswered. */
  public ImmutableList<Integer> unansweredTouchEvidence() {
    return list(unansweredTouchEvidence);
  }

  /** The seller's longest uninterrupted run, by words. Only a prospect's turn interrupts it. */
  public Monologue longestSellerMonologueByWords() {
    return longestByWords;
  }

  /** The seller's longest uninterrupted run, by the length of its timed utterances. */
  public Monologue longestSellerMonologueByTime() {
    return longestByTime;
  }

  /** How many events were rejected, whoever showed them. */
  public int violations() {
    return violations;
  }

  /** How many rejected events the seller made: the seller's signals and stage requests. */
  public int sellerViolations() {
    return sellerViolations;
  }

  /**
   * The seller's rejected events, each weighted by how far along the process the attempted stage
   * lies beyond the one the conversation was in (the difference of their ranks, the longest way
   * to each from the start without interrupts), at least 1.
   */
  public long sellerViolationWeight() {
    return sellerViolationWeight;
  }

  /** The first {@value #EVIDENCE_LIMIT} rejected events the seller made. */
  public ImmutableList<Integer> sellerViolationEvidence() {
    return list(sellerViolationEvidence);
  }

  /** How often the seller closed, asked for the sale or pressed after no fit had been shown. */
  public int closeAttemptsAfterNoFit() {
    return closeAttemptsAfterNoFit;
  }

  /** The first {@value #EVIDENCE_LIMIT} of those attempts. */
  public ImmutableList<Integer> closeAttemptsAfterNoFitEvidence() {
    return list(closeAttemptsAfterNoFitEvidence);
  }

  /** The talk of the three roles together, from per-slot arrays whose first three are roles. */
  static TalkStats sumOfRoles(int[] turns, int[] timedTurns, long[] words, long[] millis) {
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

  @Override
  public String toString() {
    return "Summary[events=" + events + ", violations=" + violations + "]";
  }
}
