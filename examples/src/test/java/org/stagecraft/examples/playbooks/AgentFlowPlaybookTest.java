package org.stagecraft.examples.playbooks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.END;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.INTRODUCTION;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.NEEDS_ANALYSIS;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.OBJECTION_HANDLING;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.QUALIFICATION;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.QUALIFIED;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.SOLUTION_PRESENTATION;
import static org.stagecraft.examples.playbooks.AgentFlowPlaybook.VALUE_PROPOSITION;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.testkit.scenario.Scenario;

/**
 * An AI sales agent's run, as its stage choices (stage requests) and its lines, checked against
 * the eight-stage flow.
 */
class AgentFlowPlaybookTest {
  private static final String SKIPPED_NEEDS_ANALYSIS = "solution presentation attempted (stage "
      + "request) from value proposition, skipping the way VALUE_PROPOSITION -> NEEDS_ANALYSIS -> "
      + "SOLUTION_PRESENTATION: missing pain (prospect), goal (prospect), open question (seller): "
      + "0 of 2";
  private static final String PITCH_IN_NEEDS_ANALYSIS = "EXIT_CRITERIA_NOT_MET: solution "
      + "presentation attempted (stage request) before needs analysis was complete: missing goal "
      + "(prospect), open question (seller): 1 of 2";

  /** The agent up to the end of its value proposition: the same in both runs. */
  private static Scenario opening() {
    return Scenario.of(AgentFlowPlaybook.playbook()).named("agent run")
        .seller("Hi, this is Sam from Brindlemoor, we help trade businesses schedule jobs.")
        .requestStage(QUALIFICATION)
        .seller("Are you the person who looks after scheduling for the team?")
        .prospectShows(QUALIFIED)
        .requestStage(VALUE_PROPOSITION).expectStage(VALUE_PROPOSITION)
        .seller("We cut the time offices spend booking jobs by about half.");
  }

  @Test
  void the_flow_verifies_and_keeps_the_pitch_behind_the_needs_analysis() {
    assertThat(AgentFlowPlaybook.playbook())
        .hasStages(INTRODUCTION, QUALIFICATION, VALUE_PROPOSITION, NEEDS_ANALYSIS,
            SOLUTION_PRESENTATION, OBJECTION_HANDLING, Stage.CLOSE, END)
        .requiresCompleted(NEEDS_ANALYSIS, SOLUTION_PRESENTATION)
        .requiresCompleted(NEEDS_ANALYSIS, Stage.CLOSE)
        .doesNotAllowTransition(VALUE_PROPOSITION, SOLUTION_PRESENTATION);
  }

  @Test
  void an_agent_that_analyses_needs_before_it_pitches_runs_clean() {
    Conversation run = opening()
        .requestStage(NEEDS_ANALYSIS).expectStage(NEEDS_ANALYSIS)
        .seller("What made you start looking at scheduling tools now?")
            .expectDetected(Signal.OPEN_QUESTION)
        .prospectShows(Signal.PAIN)
        .seller("How would a good week look for your office?")
            .expectDetected(Signal.OPEN_QUESTION)
        .prospectShows(Signal.GOAL)
            .expectThat(c -> c.isMissingToExit())
        .requestStage(SOLUTION_PRESENTATION).expectAccepted()
        .requestStage(OBJECTION_HANDLING)
        .requestStage(Stage.CLOSE)
        .requestStage(END).expectStage(END)
        .run();

    assertThat(run)
        .hasNoViolations()
        .passedThrough(NEEDS_ANALYSIS, SOLUTION_PRESENTATION, Stage.CLOSE)
        .reachedOnlyAfter(SOLUTION_PRESENTATION, NEEDS_ANALYSIS)
        .isEnded();
  }

  @Test
  void the_testkit_catches_an_agent_pitching_before_needs_analysis() {
    Conversation run = opening()
        .requestStage(SOLUTION_PRESENTATION) // the fault: straight from value to pitch
        .requestStage(NEEDS_ANALYSIS)
        .seller("What made you start looking at scheduling tools now?")
        .sellerShows(Signal.PRESCRIPTION)    // and a pitch after one question
        .run();

    assertThatThrownBy(() -> assertThat(run).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting conversation to have no violations, but it has 2:\n"
            + "  - event 8: STAGE_SKIPPED: " + SKIPPED_NEEDS_ANALYSIS + "\n"
            + "  - event 12: EXIT_CRITERIA_NOT_MET: solution presentation attempted (prescription "
            + "by the seller) before needs analysis was complete: missing pain (prospect), goal "
            + "(prospect), open question (seller): 1 of 2\n"
            + "stage history: [INTRODUCTION@0, QUALIFICATION@2, VALUE_PROPOSITION@6, "
            + "NEEDS_ANALYSIS@9]\n"
            + "still missing to leave NEEDS_ANALYSIS: pain (prospect), goal (prospect), open "
            + "question (seller): 1 of 2");
  }

  @Test
  void a_scenario_stops_at_the_step_where_the_agent_pitched() {
    Scenario pitchFirst = opening().requestStage(SOLUTION_PRESENTATION).expectAccepted();

    assertThatThrownBy(pitchFirst::run)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[scenario 'agent run', step 7: request to move to "
            + "SOLUTION_PRESENTATION] Expecting the step to be accepted, but it broke a rule:\n"
            + "  event 8: STAGE_SKIPPED: " + SKIPPED_NEEDS_ANALYSIS + "\n"
            + "stage history: [INTRODUCTION@0, QUALIFICATION@2, VALUE_PROPOSITION@6]\n");
  }

  @Test
  void the_tutorial_scenario_stops_where_the_agent_pitched() {
    // docs/testkit.md, step 3
    Scenario script = Scenario.of(AgentFlowPlaybook.playbook()).named("agent run")
        .requestStage(QUALIFICATION)
        .prospectShows(QUALIFIED)
        .requestStage(VALUE_PROPOSITION)
        .requestStage(NEEDS_ANALYSIS).expectStage(NEEDS_ANALYSIS)
        .seller("What made you start looking at scheduling tools now?")
            .expectDetected(Signal.OPEN_QUESTION)
        .prospectShows(Signal.PAIN)
        .requestStage(SOLUTION_PRESENTATION).expectAccepted();

    assertThatThrownBy(script::run).hasMessage("[scenario 'agent run', step 7: request to move to "
        + "SOLUTION_PRESENTATION] Expecting the step to be accepted, but it broke a rule:\n"
        + "  event 7: " + PITCH_IN_NEEDS_ANALYSIS + "\n"
        + "stage history: [INTRODUCTION@0, QUALIFICATION@0, VALUE_PROPOSITION@2, "
        + "NEEDS_ANALYSIS@3]\n"
        + "violations: \n  - event 7: " + PITCH_IN_NEEDS_ANALYSIS + "\n"
        + "still missing to leave NEEDS_ANALYSIS: goal (prospect), open question (seller): 1 of "
        + "2");
  }
}
