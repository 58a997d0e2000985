package org.stagecraft.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.Violation.Rule;
import org.stagecraft.event.Touch;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;

class ScenarioTest {
  /** Finds an open question in any seller line that ends with "?", nothing else. */
  private static final SignalClassifier QUESTIONS = (utterance, previous) ->
      utterance.text().endsWith("?") && utterance.role() == org.stagecraft.SpeakerRole.SELLER
          ? ImmutableList.of(new Detection(Signal.OPEN_QUESTION, utterance.role(), "test.q", ""))
          : ImmutableList.of();

  private static Scenario discovery() {
    return Scenario.of(Playbooks.consultative()).named("discovery").classifier(QUESTIONS)
        .seller("What made you look at this now?")
        .expectDetected(Signal.OPEN_QUESTION).expectStage(Stage.DISCOVERY).expectAccepted()
        .prospectShows(Signal.PAIN, Signal.GOAL)
        .seller("How do renewals work today?")
        .seller("What happens when one slips?")
        .prospectShows(Signal.CONFIRMED)
        .expectThat(c -> c.isMissingToExit());
  }

  @Test
  void a_script_that_follows_the_playbook_runs_to_its_end() {
    Conversation end = discovery()
        .sellerShows(Signal.DIAGNOSIS).expectStage(Stage.DIAGNOSIS)
        .requestStage(Stage.PRESCRIPTION).expectStage(Stage.PRESCRIPTION)
        .touch(new Touch(Touch.Channel.EMAIL, Touch.Direction.SELLER_TO_PROSPECT, true))
        .event(org.stagecraft.event.ObservedSignal.seller(Signal.ASSUMPTIVE_CLOSE))
        .expectStage(Stage.CLOSE)
        .prospectShows(Signal.COMMITMENT).expectStage(Stage.NEXT_STEPS)
        .expectThat(c -> c.isEnded().hasNoViolations())
        .run();

    assertThat(end.stage()).isEqualTo(Stage.NEXT_STEPS);
    assertThat(end.eventCount()).isEqualTo(14);
  }

  @Test
  void expect_rejected_checks_the_rule_and_what_is_missing() {
    Scenario scenario = Scenario.of(Playbooks.consultative()).classifier(QUESTIONS)
        .seller("What made you look at this now?")
        .sellerShows(Signal.ASKED_FOR_SALE)
        .expectRejected(Rule.EXIT_CRITERIA_NOT_MET)
        .expectRejected(Rule.EXIT_CRITERIA_NOT_MET, "pain (prospect)", "goal (prospect)",
            "open question (seller): 1 of 3", "confirmed (prospect)")
        .expectStage(Stage.DISCOVERY);

    assertThat(scenario.run().violations()).hasSize(1);
  }

  @Test
  void a_step_that_breaks_a_rule_unexpectedly_fails_at_that_step_with_the_context() {
    Scenario pitchFirst = Scenario.of(Playbooks.consultative()).named("pitch first")
        .classifier(QUESTIONS)
        .seller("What made you look at this now?")
        .sellerShows(Signal.PRESCRIPTION).expectAccepted();

    assertThatThrownBy(pitchFirst::run)
        .isInstanceOf(AssertionError.class)
        .hasMessage("[scenario 'pitch first', step 2: seller shows [PRESCRIPTION]] Expecting the "
            + "step to be accepted, but it broke a rule:\n  event 2: EXIT_CRITERIA_NOT_MET: "
            + "prescription attempted (prescription by the seller) before discovery was complete: "
            + "missing pain (prospect), goal (prospect), open question (seller): 1 of 3, "
            + "confirmed (prospect)\nstage history: [RAPPORT@0, DISCOVERY@1]\nviolations: \n"
            + "  - event 2: EXIT_CRITERIA_NOT_MET: prescription attempted (prescription by the "
            + "seller) before discovery was complete: missing pain (prospect), goal (prospect), "
            + "open question (seller): 1 of 3, confirmed (prospect)\nstill missing to leave "
            + "DISCOVERY: pain (prospect), goal (prospect), open question (seller): 1 of 3, "
            + "confirmed (prospect)");
  }

  @Test
  void expect_stage_fails_with_the_step_line_and_the_history() {
    Scenario scenario = discovery().seller("Shall we talk next week?").expectStage(Stage.CLOSE);

    assertThatThrownBy(scenario::run)
        .hasMessage("[scenario 'discovery', step 6: seller says \"Shall we talk next week?\"] "
            + "Expecting conversation to be in stage:\n  CLOSE\nbut it is in:\n  DISCOVERY\n"
            + "stage history: [RAPPORT@0, DISCOVERY@1]\nviolations: none\n"
            + "still missing to leave DISCOVERY: nothing");
  }

  @Test
  void expect_rejected_fails_when_every_event_of_the_step_was_accepted() {
    Scenario scenario = discovery().sellerShows(Signal.DIAGNOSIS, Signal.PRESCRIPTION)
        .expectRejected(Rule.STAGE_SKIPPED);

    assertThatThrownBy(scenario::run)
        .hasMessageStartingWith("[scenario 'discovery', step 6: seller shows [DIAGNOSIS, "
            + "PRESCRIPTION]] Expecting the step to be rejected by rule:\n  STAGE_SKIPPED\n"
            + "but every event of the step (events 9 to 10) was accepted\nstage history: ");
  }

  @Test
  void expect_rejected_fails_on_another_rule_or_other_missing_criteria() {
    Scenario wrongRule = Scenario.of(Playbooks.consultative()).classifier(QUESTIONS)
        .seller("What brings you here?").sellerShows(Signal.ASKED_FOR_SALE)
        .expectRejected(Rule.STAGE_SKIPPED);
    Scenario wrongMissing = Scenario.of(Playbooks.consultative()).classifier(QUESTIONS)
        .seller("What brings you here?").sellerShows(Signal.ASKED_FOR_SALE)
        .expectRejected(Rule.EXIT_CRITERIA_NOT_MET, "goal (prospect)");

    assertThatThrownBy(wrongRule::run).hasMessageStartingWith("[scenario 'consultative', step 2: "
        + "seller shows [ASKED_FOR_SALE]] Expecting event 2 to be rejected by rule:\n"
        + "  STAGE_SKIPPED\nbut it was rejected by:\n  event 2: EXIT_CRITERIA_NOT_MET: ");
    assertThatThrownBy(wrongMissing::run).hasMessageStartingWith("[scenario 'consultative', "
        + "step 2: seller shows [ASKED_FOR_SALE]] Expecting event 2 to be rejected with these "
        + "criteria missing:\n  [goal (prospect)]\nbut the missing criteria were:\n  [pain "
        + "(prospect), goal (prospect), open question (seller): 1 of 3, confirmed (prospect)]");
  }

  @Test
  void expect_detected_names_what_the_classifier_missed() {
    Scenario scenario = Scenario.of(Playbooks.consultative()).classifier(QUESTIONS)
        .seller("Tell me about your renewals.").expectDetected(Signal.OPEN_QUESTION);

    assertThatThrownBy(scenario::run)
        .hasMessageStartingWith("[scenario 'consultative', step 1: seller says \"Tell me about "
            + "your renewals.\"] Expecting the classifier to detect:\n  [OPEN_QUESTION]\nbut it "
            + "did not detect:\n  [OPEN_QUESTION]\ndetections: []\nstage history: [RAPPORT@0]");
  }

  @Test
  void long_lines_are_cut_in_messages() {
    Scenario scenario = Scenario.of(Playbooks.consultative()).classifier(QUESTIONS)
        .prospect("word ".repeat(30)).expectStage(Stage.CLOSE);

    assertThatThrownBy(scenario::run).hasMessageStartingWith("[scenario 'consultative', step 1: "
        + "prospect says \"" + "word ".repeat(11) + "wo...\"]");
  }

  @Test
  void the_default_classifier_reads_the_lines() {
    Conversation call = Scenario.of(Playbooks.consultative())
        .seller("So what made you start looking at this now?")
        .expectDetected(Signal.OPEN_QUESTION).expectStage(Stage.DISCOVERY)
        .run();

    assertThat(call.hasSeen(Signal.OPEN_QUESTION)).isTrue();
  }

  @Test
  void the_classifier_sees_the_previous_line() {
    AtomicInteger withContext = new AtomicInteger();
    SignalClassifier counting = (utterance, previous) -> {
      if (previous != null) {
        withContext.incrementAndGet();
      }
      return ImmutableList.of();
    };

    Scenario.of(Playbooks.consultative()).classifier(counting)
        .seller("one").sellerShows(Signal.RAPPORT).prospect("two").prospect("three").run();

    assertThat(withContext).hasValue(2);
  }

  @Test
  void expectations_need_a_step_and_expect_detected_needs_a_line() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Scenario.of(Playbooks.consultative()).expectStage(Stage.RAPPORT))
        .withMessage("add a step before its expectations");
    assertThatIllegalStateException()
        .isThrownBy(() -> Scenario.of(Playbooks.consultative()).sellerShows(Signal.PAIN)
            .expectDetected(Signal.PAIN))
        .withMessage("expectDetected follows a seller(...), prospect(...) or utterance(...) step");
  }

  @Test
  void the_javadoc_example_holds_with_the_default_classifier() {
    Conversation call = Scenario.of(Playbooks.consultative())
        .seller("So what made you start looking at this now?")
            .expectDetected(Signal.OPEN_QUESTION).expectStage(Stage.DISCOVERY)
        .prospectShows(Signal.PAIN)
        .seller("Would you like to move forward?")
            .expectRejected(Rule.EXIT_CRITERIA_NOT_MET)
        .run();

    assertThat(call.stage()).isEqualTo(Stage.DISCOVERY);
  }
}
