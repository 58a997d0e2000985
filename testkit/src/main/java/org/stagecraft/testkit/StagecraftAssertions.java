package org.stagecraft.testkit;

import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.PlaybookBuilder;
import org.stagecraft.Violation;
import org.stagecraft.score.Scorecard;
import org.stagecraft.testkit.transcripts.RecordedCall;

/**
 * The entry point of the testkit's assertions, in the manner of AssertJ's {@code Assertions}:
 * {@code import static org.stagecraft.testkit.StagecraftAssertions.assertThat;} beside AssertJ's
 * own.
 *
 * <pre>
 * assertThat(conversation)
 *     .passedThrough(Stage.DISCOVERY, Stage.CLOSE)
 *     .hasNoViolations();
 * assertThat(Scoring.defaults().score(conversation)).hasScoreAtLeast("talk-ratio", 70);
 * </pre>
 *
 * <p>Stateless and thread-safe; the assertion objects it returns are not.
 */
public final class StagecraftAssertions {
  private StagecraftAssertions() {}

  /** Assertions on a conversation: stage, history, violations, signals, what is missing. */
  public static ConversationAssert assertThat(@Nullable Conversation actual) {
    return new ConversationAssert(actual);
  }

  /**
   * Assertions on the conversation of a recorded call, described by its file name so that a
   * failure says which call broke the rule.
   */
  public static ConversationAssert assertThat(@Nullable RecordedCall actual) {
    return new ConversationAssert(actual == null ? null : actual.conversation())
        .as("transcript %s", actual == null ? "null" : actual.name());
  }

  /** Assertions on one violation: rule, event, stages, what was missing, message. */
  public static ViolationAssert assertThat(@Nullable Violation actual) {
    return new ViolationAssert(actual);
  }

  /** Assertions on a scorecard: scores by id, their values and bands, the overall value. */
  public static ScorecardAssert assertThat(@Nullable Scorecard actual) {
    return new ScorecardAssert(actual);
  }

  /** Assertions on a built playbook: stages, transitions, ordering rules. */
  public static PlaybookAssert assertThat(@Nullable Playbook actual) {
    return new PlaybookAssert(actual);
  }

  /** Assertions on a playbook definition: that it verifies, or why it does not. */
  public static PlaybookBuilderAssert assertThat(@Nullable PlaybookBuilder actual) {
    return new PlaybookBuilderAssert(actual);
  }
}
