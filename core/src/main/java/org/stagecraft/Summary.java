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

  /** The finished fold; never changed again (continuing folds work on a copy). */
  private final SummaryFold f;

  private Summary(SummaryFold fold) {
    this.f = fold;
  }

  static Summary empty(Playbook playbook) {
    return new Summary(new SummaryFold(playbook));
  }

  /** This summary extended by the events from its end to {@code length - 1} of {@code journal}. */
  Summary extend(Journal journal, int length) {
    return f.events == length ? this : new Summary(f.copy().fold(journal, length));
  }

  /** How many events the summary covers. */
  public int eventCount() {
    return f.events;
  }

  /** The playbook of the conversation. */
  public Playbook playbook() {
    return f.playbook;
  }

  /** All talk, by anyone. */
  public TalkStats talk() {
    return sumOfRoles(f.turns, f.timedTurns, f.words, f.millis);
  }

  /** How much {@code role} talked. */
  public TalkStats talk(SpeakerRole role) {
    return stats(checkNotNull(role, "role").ordinal());
  }

  /** How much was said, by anyone, while the conversation was in {@code stage}. */
  public TalkStats talkIn(Stage stage) {
    return stats(SummaryFold.ROLES + f.playbook.requireStage(stage));
  }

  /**
   * All talk, by anyone, before the utterance that first showed {@code signal}; null if no
   * event showed it.
   */
  public @Nullable TalkStats talkBeforeFirst(Signal signal) {
    return f.talkAtFirstShown[signalId(signal)];
  }

  /**
   * All talk, by anyone, before the utterance whose signal first entered {@code stage} (zero for
   * the start stage); null if it was never entered.
   */
  public @Nullable TalkStats talkBeforeEntering(Stage stage) {
    return f.talkAtEntered[f.playbook.requireStage(stage)];
  }

  /** How often {@code signal} was shown, by anyone, whether the engine accepted it or not. */
  public int shown(Signal signal) {
    int id = signalId(signal);
    return f.shown[id * 3] + f.shown[id * 3 + 1] + f.shown[id * 3 + 2];
  }

  /** How often {@code by} showed {@code signal}, whether the engine accepted it or not. */
  public int shown(Signal signal, SpeakerRole by) {
    return f.shown[signalId(signal) * 3 + checkNotNull(by, "by").ordinal()];
  }

  /** How often an accepted event showed {@code signal}, from anyone. */
  public int credited(Signal signal) {
    int id = signalId(signal);
    return f.credited[id * 3] + f.credited[id * 3 + 1] + f.credited[id * 3 + 2];
  }

  /** How often an accepted event from {@code by} showed {@code signal}. */
  public int credited(Signal signal, SpeakerRole by) {
    return f.credited[signalId(signal) * 3 + checkNotNull(by, "by").ordinal()];
  }

  /** The index of the first event that showed {@code signal}, accepted or not, or -1. */
  public int firstShown(Signal signal) {
    return f.firstShown[signalId(signal)];
  }

  /** The first {@value #EVIDENCE_LIMIT} events where {@code by} showed {@code signal}. */
  public ImmutableList<Integer> evidence(Signal signal, SpeakerRole by) {
    return list(f.evidence[signalId(signal) * 3 + checkNotNull(by, "by").ordinal()]);
  }

  /** The index of the event that first entered {@code stage} (0 for the start), or -1. */
  public int enteredAt(Stage stage) {
    return f.enteredAt[f.playbook.requireStage(stage)];
  }

  /** How many touches went in {@code direction}. */
  public int touches(Touch.Direction direction) {
    int d = checkNotNull(direction, "direction").ordinal();
    return f.touches[d * 2] + f.touches[d * 2 + 1];
  }

  /** How many touches in {@code direction} the other side answered. */
  public int answeredTouches(Touch.Direction direction) {
    return f.touches[checkNotNull(direction, "direction").ordinal() * 2 + 1];
  }

  /** The first {@value #EVIDENCE_LIMIT} seller touches the prospect left unanswered. */
  public ImmutableList<Integer> unansweredTouchEvidence() {
    return list(f.unansweredTouchEvidence);
  }

  /** The seller's longest uninterrupted run, by words. Only a prospect's turn interrupts it. */
  public Monologue longestSellerMonologueByWords() {
    return f.longestByWords;
  }

  /** The seller's longest uninterrupted run, by the length of its timed utterances. */
  public Monologue longestSellerMonologueByTime() {
    return f.longestByTime;
  }

  /** How many events were rejected, whoever showed them. */
  public int violations() {
    return f.violations;
  }

  /** How many rejected events the seller made: the seller's signals and stage requests. */
  public int sellerViolations() {
    return f.sellerViolations;
  }

  /**
   * The seller's rejected events, each weighted by how far along the process the attempted stage
   * lies beyond the one the conversation was in (the difference of their ranks, the longest way
   * to each from the start without interrupts), at least 1.
   */
  public long sellerViolationWeight() {
    return f.sellerViolationWeight;
  }

  /** The first {@value #EVIDENCE_LIMIT} rejected events the seller made. */
  public ImmutableList<Integer> sellerViolationEvidence() {
    return list(f.sellerViolationEvidence);
  }

  /** How often the seller closed, asked for the sale or pressed after no fit had been shown. */
  public int closeAttemptsAfterNoFit() {
    return f.closeAttemptsAfterNoFit;
  }

  /** The first {@value #EVIDENCE_LIMIT} of those attempts. */
  public ImmutableList<Integer> closeAttemptsAfterNoFitEvidence() {
    return list(f.closeAttemptsAfterNoFitEvidence);
  }

  /** The talk of the three roles together, from per-slot arrays whose first three are roles. */
  static TalkStats sumOfRoles(int[] turns, int[] timedTurns, long[] words, long[] millis) {
    return new TalkStats(turns[0] + turns[1] + turns[2], words[0] + words[1] + words[2],
        timedTurns[0] + timedTurns[1] + timedTurns[2],
        Duration.ofMillis(millis[0] + millis[1] + millis[2]));
  }

  private TalkStats stats(int slot) {
    return new TalkStats(f.turns[slot], f.words[slot], f.timedTurns[slot],
        Duration.ofMillis(f.millis[slot]));
  }

  private int signalId(Signal signal) {
    int id = f.playbook.signals.id(checkNotNull(signal, "signal"));
    if (id < 0) {
      throw new IllegalArgumentException("playbook '" + f.playbook.name() + "' does not know "
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
    return "Summary[events=" + f.events + ", violations=" + f.violations + "]";
  }
}
