package org.stagecraft.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Shortfall;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.StageEntry;
import org.stagecraft.Violation;

/**
 * Assertions on a {@link Conversation}: its stage, the stages it passed through, the events it
 * rejected and what it still needs. Reach it with {@link StagecraftAssertions#assertThat(
 * Conversation)}. Every failure message ends with the conversation's stage history, its
 * violations and what its current stage still needs.
 *
 * <p>Not thread-safe, like every AssertJ assertion object: use one per thread. Not final so that
 * {@link StagecraftSoftAssertions} can collect its failures.
 */
public class ConversationAssert extends AbstractAssert<ConversationAssert, Conversation> {

  /**
   * Starts assertions on {@code actual}; prefer {@link StagecraftAssertions#assertThat(
   * Conversation)}.
   */
  public ConversationAssert(@Nullable Conversation actual) {
    super(actual, ConversationAssert.class);
  }

  /**
   * Verifies that the conversation is in {@code expected} now.
   *
   * @throws NullPointerException if {@code expected} is null
   */
  public ConversationAssert isInStage(Stage expected) {
    checkNotNull(expected, "expected");
    isNotNull();
    if (actual.stage() != expected) {
      report("Expecting conversation to be in stage:\n  %s\nbut it is in:\n  %s", expected,
          actual.stage());
    }
    return this;
  }

  /** Verifies that the conversation has ended in a terminal stage. */
  public ConversationAssert isEnded() {
    isNotNull();
    if (!actual.isEnded()) {
      report("Expecting conversation to have ended, but it is still in %s", actual.stage());
    }
    return this;
  }

  /** Verifies that the conversation has not ended yet. */
  public ConversationAssert isNotEnded() {
    isNotNull();
    if (actual.isEnded()) {
      report("Expecting conversation not to have ended, but it ended in %s", actual.stage());
    }
    return this;
  }

  /**
   * Verifies the exact stages entered, in order, starting with the start stage.
   *
   * @throws NullPointerException if an argument is null
   */
  public ConversationAssert hasStageHistory(Stage... expected) {
    List<Stage> wanted = stages(expected);
    isNotNull();
    ImmutableList<Stage> entered = Context.stagesEntered(actual);
    if (!entered.equals(wanted)) {
      report("Expecting conversation to have entered exactly these stages in this order:\n  %s\n"
          + "but it entered:\n  %s", wanted, entered);
    }
    return this;
  }

  /**
   * Verifies that the conversation entered {@code stages} in this order; it may have entered
   * other stages before, between or after them.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no stage is given
   */
  public ConversationAssert passedThrough(Stage... stages) {
    List<Stage> wanted = stages(stages);
    checkArgument(!wanted.isEmpty(), "name at least one stage");
    isNotNull();
    ImmutableList<Stage> entered = Context.stagesEntered(actual);
    int next = 0;
    for (Stage stage : entered) {
      if (next < wanted.size() && stage == wanted.get(next)) {
        next++;
      }
    }
    if (next < wanted.size()) {
      report("Expecting conversation to pass through, in this order:\n  %s\nbut it entered:\n  %s\n"
          + "and never reached %s after %s", wanted, entered, wanted.get(next),
          next == 0 ? "its start" : wanted.get(next - 1));
    }
    return this;
  }

  /**
   * Verifies that whenever the conversation entered {@code target}, it had entered {@code
   * prerequisite} before: "it reached CLOSE only after DISCOVERY". A safety property: it holds
   * when {@code target} was never entered, so it can be checked on every call of a folder. (To
   * require that the target was reached too, use {@link #passedThrough}.)
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if both are the same stage
   */
  public ConversationAssert reachedOnlyAfter(Stage target, Stage prerequisite) {
    checkNotNull(target, "target");
    checkNotNull(prerequisite, "prerequisite");
    checkArgument(target != prerequisite, "target and prerequisite are the same stage: %s",
        target);
    isNotNull();
    boolean prerequisiteSeen = false;
    for (StageEntry entry : actual.history()) {
      if (entry.stage() == prerequisite) {
        prerequisiteSeen = true;
      } else if (entry.stage() == target && !prerequisiteSeen) {
        report("Expecting conversation to reach %s only after %s, but it entered %s at event %s "
            + "without having been in %s", target, prerequisite, target, entry.eventIndex(),
            prerequisite);
      }
    }
    return this;
  }

  /** Verifies that the conversation broke no rule: {@link Conversation#violations()} is empty. */
  public ConversationAssert hasNoViolations() {
    isNotNull();
    ImmutableList<Violation> violations = actual.violations();
    if (!violations.isEmpty()) {
      failWithMessage("%s", String.format("Expecting conversation to have no violations, but it "
          + "has %s:%s", violations.size(), Context.violations(violations))
          + Context.withoutViolations(actual));
    }
    return this;
  }

  /**
   * Verifies how many events the engine rejected.
   *
   * @throws IllegalArgumentException if {@code expected} is negative
   */
  public ConversationAssert hasViolationCount(int expected) {
    checkArgument(expected >= 0, "a count cannot be negative: %s", expected);
    isNotNull();
    int count = actual.violations().size();
    if (count != expected) {
      report("Expecting conversation to have %s violation%s, but it has %s", expected,
          expected == 1 ? "" : "s", count);
    }
    return this;
  }

  /**
   * Verifies that the event at {@code eventIndex} was rejected for breaking {@code rule}.
   *
   * @throws NullPointerException if {@code rule} is null
   * @throws IllegalArgumentException if {@code eventIndex} is negative
   */
  public ConversationAssert rejectedEventAt(int eventIndex, Violation.Rule rule) {
    rejectedBy(eventIndex, rule);
    return this;
  }

  /**
   * Verifies that the event at {@code eventIndex} was rejected for breaking {@code rule}, with
   * exactly these criteria missing, in the engine's words and order ({@code "goal (prospect)"},
   * {@code "open question (seller): 2 of 3"}; see {@link Shortfall#describe()}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code eventIndex} is negative
   */
  public ConversationAssert rejectedEventAt(int eventIndex, Violation.Rule rule,
      String... missing) {
    List<String> wanted = List.of(checkNotNull(missing, "missing"));
    List<String> found = Context.missing(rejectedBy(eventIndex, rule));
    if (!found.equals(wanted)) {
      report("Expecting event %s to be rejected with these criteria missing:\n  %s\nbut the "
          + "missing criteria were:\n  %s", eventIndex, wanted, found);
    }
    return this;
  }

  /**
   * Verifies that the event at {@code eventIndex} was applied and accepted.
   *
   * @throws IllegalArgumentException if {@code eventIndex} is negative
   */
  public ConversationAssert acceptedEventAt(int eventIndex) {
    Optional<Violation> violation = violationOf(eventIndex);
    if (violation.isPresent()) {
      report("Expecting event %s to be accepted, but it was rejected:\n  %s", eventIndex,
          violation.get());
    }
    return this;
  }

  /**
   * Verifies that accepted events showed each of {@code signals}.
   *
   * @throws NullPointerException if an argument is null
   */
  public ConversationAssert hasSeen(Signal... signals) {
    checkArgument(checkNotNull(signals, "signals").length > 0, "name at least one signal");
    isNotNull();
    List<Signal> unseen = Arrays.stream(signals).filter(s -> !actual.hasSeen(checkNotNull(s)))
        .toList();
    if (!unseen.isEmpty()) {
      report("Expecting conversation to have seen:\n  %s\nbut it has not seen:\n  %s\n"
          + "signals seen: %s", List.of(signals), unseen, actual.signalsSeen());
    }
    return this;
  }

  /**
   * Verifies that no accepted event showed any of {@code signals}.
   *
   * @throws NullPointerException if an argument is null
   */
  public ConversationAssert hasNotSeen(Signal... signals) {
    checkArgument(checkNotNull(signals, "signals").length > 0, "name at least one signal");
    isNotNull();
    List<Signal> seen = Arrays.stream(signals).filter(s -> actual.hasSeen(checkNotNull(s)))
        .toList();
    if (!seen.isEmpty()) {
      report("Expecting conversation not to have seen:\n  %s\nbut it has seen:\n  %s",
          List.of(signals), seen);
    }
    return this;
  }

  /**
   * Verifies exactly what the current stage still needs before it may be left, in the engine's
   * words and order ({@link Conversation#missingToExit()}); give none to say that its exit
   * criteria hold.
   *
   * @throws NullPointerException if an argument is null
   */
  public ConversationAssert isMissingToExit(String... missing) {
    List<String> wanted = List.of(checkNotNull(missing, "missing"));
    isNotNull();
    List<String> found = actual.missingToExit().stream().map(Shortfall::describe).toList();
    if (!found.equals(wanted)) {
      report("Expecting stage %s to still need:\n  %s\nbut it needs:\n  %s", actual.stage(),
          wanted, found);
    }
    return this;
  }

  private Violation rejectedBy(int eventIndex, Violation.Rule rule) {
    checkNotNull(rule, "rule");
    Violation violation = violationAt(eventIndex);
    if (violation.rule() != rule) {
      report("Expecting event %s to be rejected by rule:\n  %s\nbut it was rejected by:\n  %s",
          eventIndex, rule, violation);
    }
    return violation;
  }

  private Violation violationAt(int eventIndex) {
    Optional<Violation> violation = violationOf(eventIndex);
    if (violation.isEmpty()) {
      report("Expecting event %s to be rejected, but it was accepted", eventIndex);
    }
    return violation.orElseThrow();
  }

  /** The violation of the event at {@code eventIndex}, if it was rejected; fails if none. */
  private Optional<Violation> violationOf(int eventIndex) {
    checkArgument(eventIndex >= 0, "eventIndex must not be negative: %s", eventIndex);
    isNotNull();
    if (eventIndex >= actual.eventCount()) {
      report("Expecting an event at index %s, but the conversation has %s events (0 to %s)",
          eventIndex, actual.eventCount(), actual.eventCount() - 1);
    }
    return actual.violations().stream().filter(v -> v.eventIndex() == eventIndex).findFirst();
  }

  /** Fails with {@code format} and the conversation's context appended. */
  private void report(String format, Object... arguments) {
    failWithMessage("%s", String.format(format, arguments) + Context.of(actual));
  }

  private static List<Stage> stages(Stage[] stages) {
    checkNotNull(stages, "stages");
    Arrays.stream(stages).forEach(s -> checkNotNull(s, "stage"));
    return List.of(stages);
  }
}
