package org.stagecraft.benchmarks.contenders;

import com.alibaba.cola.statemachine.StateMachine;
import com.alibaba.cola.statemachine.builder.StateMachineBuilder;
import com.alibaba.cola.statemachine.builder.StateMachineBuilderFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.stagecraft.benchmarks.workload.CallFacts;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Cue;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * COLA statemachine 5.0 as its documentation shows it: one machine built with {@code
 * externalTransition().from().to().on().when().perform()} and {@code internalTransition()}, shared
 * by every call because COLA machines are stateless by design; each call keeps its own stage and
 * passes its facts as the context of {@code fireEvent(stage, event, context)}, which returns the
 * next stage. Events with no transition go to the default fail callback, which does nothing.
 */
final class ColaContender extends Contender {
  /** COLA registers machines by id in a static factory; ids must be unique per process. */
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  /** One call: its stage and its facts. */
  static final class Call {
    CallStage stage = CallStage.RAPPORT;
    final CallFacts facts = new CallFacts();
  }

  private final Cue[][] calls;
  private final StateMachine<CallStage, Cue, CallFacts> machine;

  ColaContender(Workload workload) {
    super("cola");
    this.calls = cues(workload);
    StateMachineBuilder<CallStage, Cue, CallFacts> builder = StateMachineBuilderFactory.create();
    for (CallStage stage : CallStage.values()) {
      if (stage.isTerminal()) {
        continue;
      }
      for (Cue fact : Peers.FACTS) {
        if (stage != CallStage.RAPPORT || fact != Cue.OPEN_QUESTION) {
          builder.internalTransition().within(stage).on(fact)
              .perform((from, to, cue, facts) -> facts.record(cue));
        }
      }
    }
    builder.externalTransition().from(CallStage.RAPPORT).to(CallStage.DISCOVERY)
        .on(Cue.OPEN_QUESTION).perform((from, to, cue, facts) -> facts.record(cue));
    builder.externalTransition().from(CallStage.RAPPORT).to(CallStage.DISCOVERY)
        .on(Cue.CLOSED_QUESTION).perform((from, to, cue, facts) -> { });
    for (Cue attempt : Peers.ATTEMPTS) {
      builder.externalTransition().from(CallStage.DISCOVERY)
          .to(Peers.leavingDiscoveryTo(attempt)).on(attempt)
          .when(CallFacts::discoveryComplete)
          .perform((from, to, cue, facts) -> { });
      builder.internalTransition().within(CallStage.DISCOVERY).on(attempt)
          .when(facts -> !facts.discoveryComplete())
          .perform((from, to, cue, facts) -> facts.reject());
    }
    builder.externalTransitions().fromAmong(CallStage.DISCOVERY, CallStage.DIAGNOSIS)
        .to(CallStage.NO_FIT).on(Cue.NO_FIT).perform((from, to, cue, facts) -> { });
    builder.externalTransition().from(CallStage.DIAGNOSIS).to(CallStage.PRESCRIPTION)
        .on(Cue.PITCH).perform((from, to, cue, facts) -> { });
    for (Cue close : new Cue[] {Cue.ASSUMPTIVE_CLOSE, Cue.ASK_FOR_SALE}) {
      builder.externalTransition().from(CallStage.PRESCRIPTION).to(CallStage.CLOSE)
          .on(close).perform((from, to, cue, facts) -> { });
    }
    builder.externalTransition().from(CallStage.CLOSE).to(CallStage.NEXT_STEPS)
        .on(Cue.COMMITMENT).perform((from, to, cue, facts) -> { });
    this.machine = builder.build("stagecraft-workload-" + INSTANCES.incrementAndGet());
  }

  @Override
  public Object start() {
    return new Call();
  }

  @Override
  public Object step(Object state, int callIndex, int eventIndex) {
    Call call = (Call) state;
    call.stage = machine.fireEvent(call.stage, calls[callIndex][eventIndex], call.facts);
    return call;
  }

  @Override
  public CallOutcome outcome(Object state) {
    Call call = (Call) state;
    return new CallOutcome(call.stage, call.facts.rejections());
  }
}
