package org.stagecraft.testkit;

import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.PlaybookBuilder;
import org.stagecraft.Violation;
import org.stagecraft.score.Scorecard;
import org.stagecraft.testkit.transcripts.RecordedCall;

/**
 * The soft versions of {@link StagecraftAssertions}'s {@code assertThat}s, for any AssertJ soft
 * assertions class: implement it beside AssertJ's own providers to mix both in one object. {@link
 * StagecraftSoftAssertions} is the ready-made one.
 */
public interface StagecraftSoftAssertionsProvider extends SoftAssertionsProvider {

  /** Soft assertions on a conversation. */
  default ConversationAssert assertThat(@Nullable Conversation actual) {
    return proxy(ConversationAssert.class, Conversation.class, actual);
  }

  /** Soft assertions on the conversation of a recorded call, described by its file name. */
  default ConversationAssert assertThat(@Nullable RecordedCall actual) {
    return proxy(ConversationAssert.class, Conversation.class,
        actual == null ? null : actual.conversation()).as("transcript %s",
        actual == null ? "null" : actual.name());
  }

  /** Soft assertions on one violation. */
  default ViolationAssert assertThat(@Nullable Violation actual) {
    return proxy(ViolationAssert.class, Violation.class, actual);
  }

  /** Soft assertions on a scorecard. */
  default ScorecardAssert assertThat(@Nullable Scorecard actual) {
    return proxy(ScorecardAssert.class, Scorecard.class, actual);
  }

  /** Soft assertions on a built playbook. */
  default PlaybookAssert assertThat(@Nullable Playbook actual) {
    return proxy(PlaybookAssert.class, Playbook.class, actual);
  }

  /** Soft assertions on a playbook definition. */
  default PlaybookBuilderAssert assertThat(@Nullable PlaybookBuilder actual) {
    return proxy(PlaybookBuilderAssert.class, PlaybookBuilder.class, actual);
  }
}
