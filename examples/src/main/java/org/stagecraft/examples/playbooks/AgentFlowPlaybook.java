package org.stagecraft.examples.playbooks;

import static org.stagecraft.Criterion.allOf;
import static org.stagecraft.Criterion.atLeast;
import static org.stagecraft.Criterion.seen;
import static org.stagecraft.SpeakerRole.PROSPECT;
import static org.stagecraft.SpeakerRole.SELLER;

import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.Stage;

/**
 * The eight-stage conversation flow that open-source LLM sales agents commonly give their model
 * (introduction, qualification, value proposition, needs analysis, solution presentation,
 * objection handling, close, end), written as a playbook so that the agent's stage choices are
 * checked instead of trusted. The agent reports each choice as a {@link
 * org.stagecraft.event.StageRequest}; its lines are classified as usual.
 *
 * <p>The fault this catches is the one such agents make most: presenting the solution before
 * the needs analysis found a pain and a goal. The playbook declares "needs analysis completed
 * before solution presentation and close", and proves it when built. Thresholds are our own
 * choice for the example: two open questions and the prospect's pain and goal.
 */
public final class AgentFlowPlaybook {
  /** The agent introduces itself and its company. */
  public static final Stage INTRODUCTION = Stage.of("INTRODUCTION");
  /** The agent checks that it speaks to the right person. */
  public static final Stage QUALIFICATION = Stage.of("QUALIFICATION");
  /** One sentence on what the product does for companies like the prospect's. */
  public static final Stage VALUE_PROPOSITION = Stage.of("VALUE_PROPOSITION");
  /** Open questions about the prospect's situation, pains and goals. */
  public static final Stage NEEDS_ANALYSIS = Stage.of("NEEDS_ANALYSIS");
  /** The product as the answer to the needs found. */
  public static final Stage SOLUTION_PRESENTATION = Stage.of("SOLUTION_PRESENTATION");
  /** The agent answers the prospect's concerns. */
  public static final Stage OBJECTION_HANDLING = Stage.of("OBJECTION_HANDLING");
  /** The agent proposes the next step. Terminal: the conversation ends, however it went. */
  public static final Stage END = Stage.of("END");
  /** The prospect confirms they decide, or will bring the person who does. */
  public static final Signal QUALIFIED = Signal.of("QUALIFIED");

  private static final Playbook PLAYBOOK = Playbook.builder("agent-flow")
      .description("Eight-stage LLM sales agent flow: no pitch before the needs analysis")
      .stage(INTRODUCTION)
      .stage(QUALIFICATION)
      .stage(VALUE_PROPOSITION)
      .stage(NEEDS_ANALYSIS)
      .stage(SOLUTION_PRESENTATION, Signal.PRESCRIPTION)
      .stage(OBJECTION_HANDLING)
      .stage(Stage.CLOSE, Signal.ASSUMPTIVE_CLOSE, Signal.ASKED_FOR_SALE)
      .terminalStage(END)
      .signals(QUALIFIED)
      .exitCriteria(QUALIFICATION, seen(QUALIFIED, PROSPECT))
      .exitCriteria(NEEDS_ANALYSIS, allOf(
          seen(Signal.PAIN, PROSPECT),
          seen(Signal.GOAL, PROSPECT),
          atLeast(2, Signal.OPEN_QUESTION, SELLER)))
      .transition(INTRODUCTION, QUALIFICATION)
      .transition(QUALIFICATION, VALUE_PROPOSITION)
      .transition(VALUE_PROPOSITION, NEEDS_ANALYSIS)
      .transition(NEEDS_ANALYSIS, SOLUTION_PRESENTATION)
      .transition(SOLUTION_PRESENTATION, OBJECTION_HANDLING)
      .transition(SOLUTION_PRESENTATION, Stage.CLOSE)
      .transition(OBJECTION_HANDLING, Stage.CLOSE)
      .interrupt(END)
      .requireCompleted(QUALIFICATION, VALUE_PROPOSITION)
      .requireCompleted(NEEDS_ANALYSIS, SOLUTION_PRESENTATION, Stage.CLOSE)
      .build();

  private AgentFlowPlaybook() {}

  /** The playbook; built and verified once. */
  public static Playbook playbook() {
    return PLAYBOOK;
  }
}
