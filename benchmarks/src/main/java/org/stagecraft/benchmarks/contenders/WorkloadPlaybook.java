package org.stagecraft.benchmarks.contenders;

import static org.stagecraft.Criterion.allOf;
import static org.stagecraft.Criterion.atLeast;
import static org.stagecraft.Criterion.seen;

import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.benchmarks.workload.CallFacts;

/**
 * The workload's rules as a Stagecraft playbook. Questions belong to discovery, so the first one
 * moves rapport on; pain, goal and confirmation belong to no stage, so they are credited wherever
 * they come. Discovery's exit criteria guard its three ways forward, so a premature diagnosis,
 * pitch or close made in discovery is rejected with {@code EXIT_CRITERIA_NOT_MET}: exactly the
 * attempts the baseline counts. The engine also rejects, with other rules, events the workload
 * ignores (a diagnosis before the first question is {@code STAGE_SKIPPED}, a no-fit during the
 * pitch is {@code NO_TRANSITION}); those change nothing in the state and are not counted.
 */
final class WorkloadPlaybook {
  /** The workload's honest ending; the consultative playbook calls it REFER_OUT. */
  static final Stage NO_FIT = Stage.of("NO_FIT");

  private static final Playbook PLAYBOOK = Playbook.builder("workload")
      .description("The benchmark workload: discovery first, then diagnose, pitch and close")
      .stage(Stage.RAPPORT)
      .stage(Stage.DISCOVERY, Signal.OPEN_QUESTION, Signal.CLOSED_QUESTION)
      .stage(Stage.DIAGNOSIS, Signal.DIAGNOSIS)
      .stage(Stage.PRESCRIPTION, Signal.PRESCRIPTION)
      .stage(Stage.CLOSE, Signal.ASSUMPTIVE_CLOSE, Signal.ASKED_FOR_SALE)
      .terminalStage(Stage.NEXT_STEPS, Signal.COMMITMENT)
      .terminalStage(NO_FIT, Signal.NO_FIT)
      .exitCriteria(Stage.DISCOVERY, allOf(
          seen(Signal.PAIN),
          seen(Signal.GOAL),
          seen(Signal.CONFIRMED),
          atLeast(CallFacts.OPEN_QUESTIONS_NEEDED, Signal.OPEN_QUESTION)))
      .transition(Stage.RAPPORT, Stage.DISCOVERY)
      .transition(Stage.DISCOVERY, Stage.DIAGNOSIS)
      .transition(Stage.DISCOVERY, Stage.PRESCRIPTION)
      .transition(Stage.DISCOVERY, Stage.CLOSE)
      .transition(Stage.DIAGNOSIS, Stage.PRESCRIPTION)
      .transition(Stage.PRESCRIPTION, Stage.CLOSE)
      .transition(Stage.CLOSE, Stage.NEXT_STEPS)
      .unguardedTransition(Stage.DISCOVERY, NO_FIT)
      .unguardedTransition(Stage.DIAGNOSIS, NO_FIT)
      .requireCompleted(Stage.DISCOVERY, Stage.DIAGNOSIS, Stage.PRESCRIPTION, Stage.CLOSE,
          Stage.NEXT_STEPS)
      .build();

  private WorkloadPlaybook() {}

  static Playbook get() {
    return PLAYBOOK;
  }
}
