package org.stagecraft.examples.playbooks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.examples.playbooks.SpinPlaybook.ADVANCE;
import static org.stagecraft.examples.playbooks.SpinPlaybook.IMPLICATION;
import static org.stagecraft.examples.playbooks.SpinPlaybook.IMPLICATION_QUESTION;
import static org.stagecraft.examples.playbooks.SpinPlaybook.IMPLICATION_STATED;
import static org.stagecraft.examples.playbooks.SpinPlaybook.NEED_PAYOFF;
import static org.stagecraft.examples.playbooks.SpinPlaybook.NEED_PAYOFF_QUESTION;
import static org.stagecraft.examples.playbooks.SpinPlaybook.NEED_PAYOFF_STATED;
import static org.stagecraft.examples.playbooks.SpinPlaybook.PROBLEM;
import static org.stagecraft.examples.playbooks.SpinPlaybook.PROBLEM_QUESTION;
import static org.stagecraft.examples.playbooks.SpinPlaybook.SITUATION;
import static org.stagecraft.examples.playbooks.SpinPlaybook.SITUATION_QUESTION;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Signal;
import org.stagecraft.Violation.Rule;
import org.stagecraft.testkit.scenario.Scenario;

/** SPIN's question order: the SPIN question kinds are tagged by the host, as explicit signals. */
class SpinPlaybookTest {

  @Test
  void questions_in_spin_order_advance_the_sale() {
    Conversation call = Scenario.of(SpinPlaybook.playbook())
        .sellerShows(SITUATION_QUESTION, SITUATION_QUESTION).expectStage(SITUATION)
        .sellerShows(PROBLEM_QUESTION).expectStage(PROBLEM)
        .prospectShows(Signal.PAIN)
        .sellerShows(IMPLICATION_QUESTION).expectStage(IMPLICATION)
        .prospectShows(IMPLICATION_STATED)
        .sellerShows(NEED_PAYOFF_QUESTION).expectStage(NEED_PAYOFF)
        .prospectShows(NEED_PAYOFF_STATED)
        .prospectShows(Signal.COMMITMENT).expectStage(ADVANCE)
        .run();

    assertThat(call).hasStageHistory(SITUATION, PROBLEM, IMPLICATION, NEED_PAYOFF, ADVANCE)
        .hasNoViolations();
  }

  @Test
  void a_need_payoff_question_before_the_implications_is_out_of_order() {
    Scenario tooEarly = Scenario.of(SpinPlaybook.playbook()).named("rushed SPIN")
        .sellerShows(SITUATION_QUESTION, SITUATION_QUESTION)
        .sellerShows(PROBLEM_QUESTION)
        .prospectShows(Signal.PAIN)
        .sellerShows(NEED_PAYOFF_QUESTION).expectAccepted();

    assertThatThrownBy(tooEarly::run)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[scenario 'rushed SPIN', step 4: seller shows "
            + "[NEED_PAYOFF_QUESTION]] Expecting the step to be accepted, but it broke a rule:\n"
            + "  event 4: STAGE_SKIPPED: need payoff attempted (need payoff question by the "
            + "seller) from problem, skipping the way PROBLEM -> IMPLICATION -> NEED_PAYOFF: "
            + "missing implication question (seller), implication stated (prospect)\n"
            + "stage history: [SITUATION@0, PROBLEM@2]\n");
  }

  @Test
  void the_rejection_names_the_rule_and_what_the_implication_stage_still_needs() {
    Conversation call = Scenario.of(SpinPlaybook.playbook())
        .sellerShows(SITUATION_QUESTION, SITUATION_QUESTION, PROBLEM_QUESTION)
        .prospectShows(Signal.PAIN)
        .sellerShows(IMPLICATION_QUESTION)
        .sellerShows(NEED_PAYOFF_QUESTION)
            .expectRejected(Rule.EXIT_CRITERIA_NOT_MET, "implication stated (prospect)")
        .run();

    assertThat(call).isInStage(IMPLICATION).rejectedEventAt(5, Rule.EXIT_CRITERIA_NOT_MET);
  }
}
