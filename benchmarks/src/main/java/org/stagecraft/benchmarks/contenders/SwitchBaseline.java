package org.stagecraft.benchmarks.contenders;

import org.stagecraft.benchmarks.workload.CallFacts;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Cue;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * The baseline that stands for the limit: a switch over the stage with the facts in an int bit
 * set, in one small mutable object per call. It is also the reference of the workload's rules:
 * every other implementation must end every call as this one does.
 */
final class SwitchBaseline extends Contender {
  private static final int RAPPORT = 0;
  private static final int DISCOVERY = 1;
  private static final int DIAGNOSIS = 2;
  private static final int PRESCRIPTION = 3;
  private static final int CLOSE = 4;
  private static final int NEXT_STEPS = 5;
  private static final int NO_FIT = 6;

  private static final int PAIN = 1;
  private static final int GOAL = 2;
  private static final int CONFIRMED = 4;
  private static final int ALL_FACTS = PAIN | GOAL | CONFIRMED;

  private static final CallStage[] STAGES = CallStage.values();

  /** One call: 32 bytes with compressed pointers. */
  static final class Call {
    int stage = RAPPORT;
    int facts;
    int openQuestions;
    int rejections;
  }

  private final Cue[][] calls;

  SwitchBaseline(Workload workload) {
    super("baseline");
    this.calls = cues(workload);
  }

  @Override
  public Object start() {
    return new Call();
  }

  @Override
  public Object step(Object state, int callIndex, int eventIndex) {
    Call call = (Call) state;
    Cue cue = calls[callIndex][eventIndex];
    switch (cue) {
      case OPEN_QUESTION -> call.openQuestions++;
      case PAIN -> call.facts |= PAIN;
      case GOAL -> call.facts |= GOAL;
      case CONFIRMED -> call.facts |= CONFIRMED;
      default -> { }
    }
    switch (call.stage) {
      case RAPPORT -> {
        if (cue.isQuestion()) {
          call.stage = DISCOVERY;
        }
      }
      case DISCOVERY -> {
        if (cue == Cue.NO_FIT) {
          call.stage = NO_FIT;
        } else if (cue.leavesDiscovery()) {
          if (call.facts == ALL_FACTS && call.openQuestions >= CallFacts.OPEN_QUESTIONS_NEEDED) {
            call.stage = cue == Cue.DIAGNOSIS ? DIAGNOSIS : cue == Cue.PITCH ? PRESCRIPTION : CLOSE;
          } else {
            call.rejections++;
          }
        }
      }
      case DIAGNOSIS -> {
        if (cue == Cue.PITCH) {
          call.stage = PRESCRIPTION;
        } else if (cue == Cue.NO_FIT) {
          call.stage = NO_FIT;
        }
      }
      case PRESCRIPTION -> {
        if (cue.isClose()) {
          call.stage = CLOSE;
        }
      }
      case CLOSE -> {
        if (cue == Cue.COMMITMENT) {
          call.stage = NEXT_STEPS;
        }
      }
      default -> { }
    }
    return call;
  }

  @Override
  public CallOutcome outcome(Object state) {
    Call call = (Call) state;
    return new CallOutcome(STAGES[call.stage], call.rejections);
  }
}
