package org.stagecraft.examples.playbooks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.BONDING;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.BUDGET;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.BUDGET_CONFIRMED;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.CONTRACT_AGREED;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.DECISION;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.DECISION_PROCESS_KNOWN;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.FULFILLMENT;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.PAIN;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.POST_SELL;
import static org.stagecraft.examples.playbooks.SandlerPlaybook.UP_FRONT_CONTRACT;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Signal;
import org.stagecraft.testkit.StagecraftSoftAssertions;
import org.stagecraft.testkit.scenario.Scenario;

/** The Sandler-style gates: the seller asks to move (stage requests); each door must close. */
class SandlerPlaybookTest {

  private static Scenario throughBudget() {
    return Scenario.of(SandlerPlaybook.playbook()).named("sandler call")
        .sellerShows(Signal.RAPPORT)
        .requestStage(UP_FRONT_CONTRACT)
        .prospectShows(CONTRACT_AGREED)
        .requestStage(PAIN)
        .prospectShows(Signal.PAIN, Signal.PAIN)
        .requestStage(BUDGET).expectStage(BUDGET)
        .prospectShows(BUDGET_CONFIRMED);
  }

  @Test
  void the_definition_verifies_and_a_shortcut_to_the_presentation_does_not() {
    assertThat(SandlerPlaybook.definition()).verifies();

    assertThat(SandlerPlaybook.definition().transition(PAIN, FULFILLMENT))
        .failsVerificationOnPath(BONDING, UP_FRONT_CONTRACT, PAIN, FULFILLMENT)
        .failsVerificationWith("'BUDGET completed before FULFILLMENT'",
            "'DECISION completed before FULFILLMENT'");
  }

  @Test
  void a_call_that_closes_every_door_in_turn_reaches_the_post_sell() {
    Conversation call = throughBudget()
        .requestStage(DECISION)
        .prospectShows(DECISION_PROCESS_KNOWN)
        .requestStage(FULFILLMENT).expectAccepted()
        .prospectShows(Signal.COMMITMENT).expectStage(POST_SELL)
        .run();

    StagecraftSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(call).hasNoViolations();
      softly.assertThat(call).hasStageHistory(BONDING, UP_FRONT_CONTRACT, PAIN, BUDGET, DECISION,
          FULFILLMENT, POST_SELL);
    });
  }

  @Test
  void presenting_before_the_decision_door_closed_is_caught_softly_with_every_problem() {
    Conversation call = throughBudget()
        .requestStage(DECISION)
        .sellerShows(Signal.PRESCRIPTION) // presents before knowing who decides
        .run();

    assertThatThrownBy(() -> StagecraftSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(call).hasNoViolations();
      softly.assertThat(call).passedThrough(DECISION, FULFILLMENT);
    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("Expecting conversation to have no violations, but it has 1:\n"
            + "  - event 9: EXIT_CRITERIA_NOT_MET: fulfillment attempted (prescription by the "
            + "seller) before decision was complete: missing decision process known (prospect)\n"
            + "stage history: [BONDING@0, UP_FRONT_CONTRACT@1, PAIN@3, BUDGET@6, DECISION@8]\n"
            + "still missing to leave DECISION: decision process known (prospect)")
        .hasMessageContaining("Expecting conversation to pass through, in this order:\n"
            + "  [DECISION, FULFILLMENT]\nbut it entered:\n"
            + "  [BONDING, UP_FRONT_CONTRACT, PAIN, BUDGET, DECISION]\n"
            + "and never reached FULFILLMENT after DECISION");
  }
}
