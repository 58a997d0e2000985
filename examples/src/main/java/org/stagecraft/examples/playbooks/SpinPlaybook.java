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
 * SPIN selling's question order as a playbook: situation questions, then problem questions,
 * then implication questions, then need-payoff questions, and only then a commitment to
 * advance the sale. Each kind of question is a signal owned by its stage, so asking a later kind
 * too early is an attempt to skip ahead, reported as a violation.
 *
 * <p>The counts (two situation questions, a problem the prospect admits, an implication the
 * prospect states, a need-payoff the prospect voices) are our own choice for the example.
 */
public final class SpinPlaybook {
  /** Facts about the buyer's current situation. */
  public static final Stage SITUATION = Stage.of("SITUATION");
  /** Difficulties and dissatisfactions. */
  public static final Stage PROBLEM = Stage.of("PROBLEM");
  /** The consequences of those problems. */
  public static final Stage IMPLICATION = Stage.of("IMPLICATION");
  /** The value of solving them, in the buyer's words. */
  public static final Stage NEED_PAYOFF = Stage.of("NEED_PAYOFF");
  /** The buyer commits to a step that moves the sale forward. Terminal. */
  public static final Stage ADVANCE = Stage.of("ADVANCE");
  /** The buyer stops the seller. Terminal. */
  public static final Stage NO_ADVANCE = Stage.of("NO_ADVANCE");

  /** "How many technicians do you have?" */
  public static final Signal SITUATION_QUESTION = Signal.of("SITUATION_QUESTION");
  /** "Is scheduling ever a headache?" */
  public static final Signal PROBLEM_QUESTION = Signal.of("PROBLEM_QUESTION");
  /** "What does a missed job cost you?" */
  public static final Signal IMPLICATION_QUESTION = Signal.of("IMPLICATION_QUESTION");
  /** The prospect states a consequence: "we lose the customer". */
  public static final Signal IMPLICATION_STATED = Signal.of("IMPLICATION_STATED");
  /** "How would it help if every job were booked automatically?" */
  public static final Signal NEED_PAYOFF_QUESTION = Signal.of("NEED_PAYOFF_QUESTION");
  /** The prospect states the value of a solution in their own words. */
  public static final Signal NEED_PAYOFF_STATED = Signal.of("NEED_PAYOFF_STATED");

  private static final Playbook PLAYBOOK = Playbook.builder("spin")
      .description("SPIN: situation, problem, implication and need-payoff questions, in order")
      .stage(SITUATION)
      .stage(PROBLEM)
      .owns(PROBLEM, SELLER, PROBLEM_QUESTION)
      .stage(IMPLICATION)
      .owns(IMPLICATION, SELLER, IMPLICATION_QUESTION)
      .stage(NEED_PAYOFF)
      .owns(NEED_PAYOFF, SELLER, NEED_PAYOFF_QUESTION)
      .terminalStage(ADVANCE)
      .owns(ADVANCE, PROSPECT, Signal.COMMITMENT)
      .terminalStage(NO_ADVANCE)
      .owns(NO_ADVANCE, PROSPECT, Signal.PROSPECT_STOP)
      .signals(SITUATION_QUESTION, PROBLEM_QUESTION, IMPLICATION_QUESTION, IMPLICATION_STATED,
          NEED_PAYOFF_QUESTION, NEED_PAYOFF_STATED)
      .exitCriteria(SITUATION, atLeast(2, SITUATION_QUESTION, SELLER))
      .exitCriteria(PROBLEM, allOf(seen(PROBLEM_QUESTION, SELLER), seen(Signal.PAIN, PROSPECT)))
      .exitCriteria(IMPLICATION, allOf(seen(IMPLICATION_QUESTION, SELLER),
          seen(IMPLICATION_STATED, PROSPECT)))
      .exitCriteria(NEED_PAYOFF, allOf(seen(NEED_PAYOFF_QUESTION, SELLER),
          seen(NEED_PAYOFF_STATED, PROSPECT)))
      .transition(SITUATION, PROBLEM)
      .transition(PROBLEM, IMPLICATION)
      .transition(IMPLICATION, NEED_PAYOFF)
      .transition(NEED_PAYOFF, ADVANCE)
      .interrupt(NO_ADVANCE)
      .requireCompleted(IMPLICATION, NEED_PAYOFF, ADVANCE)
      .build();

  private SpinPlaybook() {}

  /** The playbook; built and verified once. */
  public static Playbook playbook() {
    return PLAYBOOK;
  }
}
