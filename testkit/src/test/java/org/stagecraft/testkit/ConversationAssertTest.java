package org.stagecraft.testkit;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.Violation.Rule;

class ConversationAssertTest {
  private final Conversation good = Calls.discoveryFirst();
  private final Conversation premature = Calls.prematureClose();

  /** The context every failure on {@link Calls#prematureClose()} ends with. */
  private static final String PREMATURE_CONTEXT = "\nstage history: [RAPPORT@0, DISCOVERY@0]"
      + "\nviolations: \n  - event 2: EXIT_CRITERIA_NOT_MET: close attempted (asked for sale by "
      + "the seller) before discovery was complete: missing goal (prospect), open question "
      + "(seller): 1 of 3, confirmed (prospect)"
      + "\nstill missing to leave DISCOVERY: goal (prospect), open question (seller): 1 of 3, "
      + "confirmed (prospect)";

  private static final String GOOD_CONTEXT = "\nstage history: [RAPPORT@0, DISCOVERY@0, "
      + "DIAGNOSIS@6, PRESCRIPTION@7, CLOSE@8, NEXT_STEPS@9]\nviolations: none";

  @Test
  void is_in_stage_passes_on_the_current_stage_and_fails_with_the_history() {
    assertThat(premature).isInStage(Stage.DISCOVERY);

    assertThatThrownBy(() -> assertThat(premature).isInStage(Stage.CLOSE))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting conversation to be in stage:\n  CLOSE\nbut it is in:\n  DISCOVERY"
            + PREMATURE_CONTEXT);
  }

  @Test
  void a_null_conversation_fails_as_in_assertj() {
    assertThatThrownBy(() -> assertThat((Conversation) null).isInStage(Stage.CLOSE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void is_ended_and_is_not_ended() {
    assertThat(good).isEnded();
    assertThat(premature).isNotEnded();

    assertThatThrownBy(() -> assertThat(premature).isEnded())
        .hasMessage("Expecting conversation to have ended, but it is still in DISCOVERY"
            + PREMATURE_CONTEXT);
    assertThatThrownBy(() -> assertThat(good).isNotEnded())
        .hasMessage("Expecting conversation not to have ended, but it ended in NEXT_STEPS"
            + GOOD_CONTEXT);
  }

  @Test
  void has_stage_history_compares_every_stage_in_order() {
    assertThat(good).hasStageHistory(Stage.RAPPORT, Stage.DISCOVERY, Stage.DIAGNOSIS,
        Stage.PRESCRIPTION, Stage.CLOSE, Stage.NEXT_STEPS);

    assertThatThrownBy(() -> assertThat(premature).hasStageHistory(Stage.RAPPORT, Stage.DISCOVERY,
        Stage.CLOSE))
        .hasMessage("Expecting conversation to have entered exactly these stages in this order:"
            + "\n  [RAPPORT, DISCOVERY, CLOSE]\nbut it entered:\n  [RAPPORT, DISCOVERY]"
            + PREMATURE_CONTEXT);
  }

  @Test
  void passed_through_allows_stages_in_between_but_not_another_order() {
    assertThat(good).passedThrough(Stage.DISCOVERY, Stage.CLOSE);

    assertThatThrownBy(() -> assertThat(good).passedThrough(Stage.CLOSE, Stage.DISCOVERY))
        .hasMessage("Expecting conversation to pass through, in this order:\n  [CLOSE, DISCOVERY]"
            + "\nbut it entered:\n  [RAPPORT, DISCOVERY, DIAGNOSIS, PRESCRIPTION, CLOSE, "
            + "NEXT_STEPS]\nand never reached DISCOVERY after CLOSE" + GOOD_CONTEXT);
    assertThatThrownBy(() -> assertThat(premature).passedThrough(Stage.CLOSE))
        .hasMessageStartingWith("Expecting conversation to pass through, in this order:\n  [CLOSE]"
            + "\nbut it entered:\n  [RAPPORT, DISCOVERY]\nand never reached CLOSE after its start");
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(good).passedThrough());
  }

  @Test
  void reached_only_after_holds_when_the_target_came_later_or_never() {
    assertThat(good).reachedOnlyAfter(Stage.CLOSE, Stage.DISCOVERY);
    assertThat(premature).reachedOnlyAfter(Stage.CLOSE, Stage.DISCOVERY);

    assertThatThrownBy(() -> assertThat(good).reachedOnlyAfter(Stage.DIAGNOSIS, Stage.CLOSE))
        .hasMessage("Expecting conversation to reach DIAGNOSIS only after CLOSE, but it entered "
            + "DIAGNOSIS at event 6 without having been in CLOSE" + GOOD_CONTEXT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(good).reachedOnlyAfter(Stage.CLOSE, Stage.CLOSE));
  }

  @Test
  void has_no_violations_lists_every_violation() {
    assertThat(good).hasNoViolations();

    assertThatThrownBy(() -> assertThat(premature).hasNoViolations())
        .hasMessage("Expecting conversation to have no violations, but it has 1:"
            + "\n  - event 2: EXIT_CRITERIA_NOT_MET: close attempted (asked for sale by the "
            + "seller) before discovery was complete: missing goal (prospect), open question "
            + "(seller): 1 of 3, confirmed (prospect)\nstage history: [RAPPORT@0, DISCOVERY@0]"
            + "\nstill missing to leave DISCOVERY: goal (prospect), open question (seller): 1 of "
            + "3, confirmed (prospect)");
  }

  @Test
  void has_violation_count() {
    assertThat(premature).hasViolationCount(1);
    assertThat(good).hasViolationCount(0);

    assertThatThrownBy(() -> assertThat(premature).hasViolationCount(2))
        .hasMessage("Expecting conversation to have 2 violations, but it has 1"
            + PREMATURE_CONTEXT);
    assertThatThrownBy(() -> assertThat(good).hasViolationCount(1))
        .hasMessage("Expecting conversation to have 1 violation, but it has 0" + GOOD_CONTEXT);
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(good).hasViolationCount(-1));
  }

  @Test
  void rejected_event_at_checks_the_rule_and_the_missing_criteria() {
    assertThat(premature)
        .rejectedEventAt(2, Rule.EXIT_CRITERIA_NOT_MET)
        .rejectedEventAt(2, Rule.EXIT_CRITERIA_NOT_MET, "goal (prospect)",
            "open question (seller): 1 of 3", "confirmed (prospect)");

    String violation = "event 2: EXIT_CRITERIA_NOT_MET: close attempted (asked for sale by the "
        + "seller) before discovery was complete: missing goal (prospect), open question "
        + "(seller): 1 of 3, confirmed (prospect)";
    assertThatThrownBy(() -> assertThat(premature).rejectedEventAt(2, Rule.STAGE_SKIPPED))
        .hasMessage("Expecting event 2 to be rejected by rule:\n  STAGE_SKIPPED\nbut it was "
            + "rejected by:\n  " + violation + PREMATURE_CONTEXT);
    assertThatThrownBy(() -> assertThat(premature)
        .rejectedEventAt(2, Rule.EXIT_CRITERIA_NOT_MET, "goal (prospect)"))
        .hasMessage("Expecting event 2 to be rejected with these criteria missing:\n  "
            + "[goal (prospect)]\nbut the missing criteria were:\n  [goal (prospect), open "
            + "question (seller): 1 of 3, confirmed (prospect)]" + PREMATURE_CONTEXT);
    assertThatThrownBy(() -> assertThat(premature).rejectedEventAt(1, Rule.STAGE_SKIPPED))
        .hasMessage("Expecting event 1 to be rejected, but it was accepted" + PREMATURE_CONTEXT);
    assertThatThrownBy(() -> assertThat(premature).rejectedEventAt(3, Rule.STAGE_SKIPPED))
        .hasMessage("Expecting an event at index 3, but the conversation has 3 events (0 to 2)"
            + PREMATURE_CONTEXT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(premature).rejectedEventAt(-1, Rule.STAGE_SKIPPED));
  }

  @Test
  void accepted_event_at() {
    assertThat(premature).acceptedEventAt(0).acceptedEventAt(1);

    assertThatThrownBy(() -> assertThat(premature).acceptedEventAt(2))
        .hasMessageStartingWith("Expecting event 2 to be accepted, but it was rejected:\n  "
            + "event 2: EXIT_CRITERIA_NOT_MET: close attempted");
    assertThatThrownBy(() -> assertThat(Playbooks.consultative().newConversation())
        .acceptedEventAt(0))
        .hasMessageStartingWith("Expecting an event at index 0, but the conversation has 0 "
            + "events (0 to -1)");
  }

  @Test
  void has_seen_and_has_not_seen_credited_signals() {
    assertThat(premature).hasSeen(Signal.OPEN_QUESTION, Signal.PAIN)
        .hasNotSeen(Signal.ASKED_FOR_SALE, Signal.GOAL);

    assertThatThrownBy(() -> assertThat(premature).hasSeen(Signal.PAIN, Signal.ASKED_FOR_SALE))
        .hasMessage("Expecting conversation to have seen:\n  [PAIN, ASKED_FOR_SALE]\nbut it has "
            + "not seen:\n  [ASKED_FOR_SALE]\nsignals seen: [OPEN_QUESTION, PAIN]"
            + PREMATURE_CONTEXT);
    assertThatThrownBy(() -> assertThat(premature).hasNotSeen(Signal.GOAL, Signal.PAIN))
        .hasMessage("Expecting conversation not to have seen:\n  [GOAL, PAIN]\nbut it has seen:"
            + "\n  [PAIN]" + PREMATURE_CONTEXT);
  }

  @Test
  void is_missing_to_exit_in_the_engines_words() {
    assertThat(premature).isMissingToExit("goal (prospect)", "open question (seller): 1 of 3",
        "confirmed (prospect)");
    assertThat(good).isMissingToExit();

    assertThatThrownBy(() -> assertThat(premature).isMissingToExit())
        .hasMessage("Expecting stage DISCOVERY to still need:\n  []\nbut it needs:\n  [goal "
            + "(prospect), open question (seller): 1 of 3, confirmed (prospect)]"
            + PREMATURE_CONTEXT);
  }

  @Test
  void a_description_leads_the_message_as_in_assertj() {
    assertThatThrownBy(() -> assertThat(premature).as("call 7").isInStage(Stage.CLOSE))
        .hasMessageStartingWith("[call 7] Expecting conversation to be in stage:");
  }
}
