package org.stagecraft.benchmarks.contenders;

import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;
import org.stagecraft.benchmarks.workload.CallFacts;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Cue;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * squirrel-foundation 0.3.10 as its documentation shows it: a machine class extending {@link
 * AbstractStateMachine}, one {@link StateMachineBuilder} from {@link StateMachineBuilderFactory}
 * configured with the fluent API ({@code externalTransition().from().to().on().when()}, {@code
 * internalTransition().within().on().perform()}), and {@code builder.newStateMachine(initial)} per
 * call. Each call's facts are the context passed to {@code fire(event, context)}; events with no
 * transition are declined by the library, which leaves the state as it is.
 */
final class SquirrelContender extends Contender {
  /** The machine type squirrel instantiates per call; public for its reflective factory. */
  public static final class CallMachine
      extends AbstractStateMachine<CallMachine, CallStage, Cue, CallFacts> {}

  /** One call: the library's machine and the facts passed as its context. */
  static final class Call {
    final CallMachine machine;
    final CallFacts facts = new CallFacts();

    Call(CallMachine machine) {
      this.machine = machine;
    }
  }

  private static final Condition<CallFacts> COMPLETE = new Condition<>() {
    @Override
    public boolean isSatisfied(CallFacts facts) {
      return facts.discoveryComplete();
    }

    @Override
    public String name() {
      return "discoveryComplete";
    }
  };

  private static final Condition<CallFacts> INCOMPLETE = new Condition<>() {
    @Override
    public boolean isSatisfied(CallFacts facts) {
      return !facts.discoveryComplete();
    }

    @Override
    public String name() {
      return "discoveryIncomplete";
    }
  };

  private static final AnonymousAction<CallMachine, CallStage, Cue, CallFacts> RECORD =
      new AnonymousAction<>() {
        @Override
        public void execute(CallStage from, CallStage to, Cue cue, CallFacts facts,
            CallMachine machine) {
          facts.record(cue);
        }
      };

  private static final AnonymousAction<CallMachine, CallStage, Cue, CallFacts> REJECT =
      new AnonymousAction<>() {
        @Override
        public void execute(CallStage from, CallStage to, Cue cue, CallFacts facts,
            CallMachine machine) {
          facts.reject();
        }
      };

  private final Cue[][] calls;
  private final StateMachineBuilder<CallMachine, CallStage, Cue, CallFacts> builder;

  SquirrelContender(Workload workload) {
    super("squirrel");
    this.calls = cues(workload);
    builder = StateMachineBuilderFactory.create(CallMachine.class, CallStage.class, Cue.class,
        CallFacts.class);
    for (CallStage stage : CallStage.values()) {
      if (stage.isTerminal()) {
        continue;
      }
      for (Cue fact : Peers.FACTS) {
        if (stage != CallStage.RAPPORT || fact != Cue.OPEN_QUESTION) {
          builder.internalTransition().within(stage).on(fact).perform(RECORD);
        }
      }
    }
    builder.externalTransition().from(CallStage.RAPPORT).to(CallStage.DISCOVERY)
        .on(Cue.OPEN_QUESTION).perform(RECORD);
    builder.externalTransition().from(CallStage.RAPPORT).to(CallStage.DISCOVERY)
        .on(Cue.CLOSED_QUESTION);
    for (Cue attempt : Peers.ATTEMPTS) {
      builder.externalTransition().from(CallStage.DISCOVERY)
          .to(Peers.leavingDiscoveryTo(attempt)).on(attempt).when(COMPLETE);
      builder.internalTransition().within(CallStage.DISCOVERY).on(attempt).when(INCOMPLETE)
          .perform(REJECT);
    }
    builder.externalTransition().from(CallStage.DISCOVERY).to(CallStage.NO_FIT).on(Cue.NO_FIT);
    builder.externalTransition().from(CallStage.DIAGNOSIS).to(CallStage.NO_FIT).on(Cue.NO_FIT);
    builder.externalTransition().from(CallStage.DIAGNOSIS).to(CallStage.PRESCRIPTION)
        .on(Cue.PITCH);
    builder.externalTransition().from(CallStage.PRESCRIPTION).to(CallStage.CLOSE)
        .on(Cue.ASSUMPTIVE_CLOSE);
    builder.externalTransition().from(CallStage.PRESCRIPTION).to(CallStage.CLOSE)
        .on(Cue.ASK_FOR_SALE);
    builder.externalTransition().from(CallStage.CLOSE).to(CallStage.NEXT_STEPS)
        .on(Cue.COMMITMENT);
  }

  @Override
  public Object start() {
    return new Call(builder.newStateMachine(CallStage.RAPPORT));
  }

  @Override
  public Object step(Object state, int callIndex, int eventIndex) {
    Call call = (Call) state;
    call.machine.fire(calls[callIndex][eventIndex], call.facts);
    return call;
  }

  @Override
  public CallOutcome outcome(Object state) {
    Call call = (Call) state;
    return new CallOutcome(call.machine.getCurrentState(), call.facts.rejections());
  }
}
