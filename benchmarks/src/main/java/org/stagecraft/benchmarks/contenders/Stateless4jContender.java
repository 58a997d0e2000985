package org.stagecraft.benchmarks.contenders;

import com.github.oxo42.stateless4j.StateConfiguration;
import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.Action2;
import org.stagecraft.benchmarks.workload.CallFacts;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Cue;
import org.stagecraft.benchmarks.workload.Workload;

/**
 * stateless4j 2.6 as its README shows it: one {@link StateMachineConfig} built once with {@code
 * configure(state).permit / permitIf / permitInternal}, and a {@code new StateMachine<>(initial,
 * config)} per call. Events the rules do not name are ignored through {@code
 * onUnhandledTrigger}, which replaces the default exception.
 *
 * <p>stateless4j guards and actions take no arguments, so the shared configuration reads the
 * facts of the call being driven from {@link #current}, set before each {@code fire}: the cheapest
 * way for one configuration to serve many calls (building a configuration per call would cost far
 * more).
 */
final class Stateless4jContender extends Contender {
  private static final Action2<CallStage, Cue> IGNORE = (stage, cue) -> { };

  /** One call: the library's machine and the facts its guards read. */
  static final class Call {
    final StateMachine<CallStage, Cue> machine;
    final CallFacts facts = new CallFacts();

    Call(StateMachineConfig<CallStage, Cue> config) {
      machine = new StateMachine<>(CallStage.RAPPORT, config);
      machine.onUnhandledTrigger(IGNORE);
    }
  }

  private final Cue[][] calls;
  private final StateMachineConfig<CallStage, Cue> config = new StateMachineConfig<>();
  private CallFacts current = new CallFacts();

  Stateless4jContender(Workload workload) {
    super("stateless4j");
    this.calls = cues(workload);
    for (CallStage stage : CallStage.values()) {
      if (stage.isTerminal()) {
        continue;
      }
      StateConfiguration<CallStage, Cue> state = config.configure(stage);
      for (Cue fact : Peers.FACTS) {
        if (stage != CallStage.RAPPORT || fact != Cue.OPEN_QUESTION) {
          state.permitInternal(fact, () -> current.record(fact));
        }
      }
    }
    config.configure(CallStage.RAPPORT)
        .permit(Cue.OPEN_QUESTION, CallStage.DISCOVERY, () -> current.record(Cue.OPEN_QUESTION))
        .permit(Cue.CLOSED_QUESTION, CallStage.DISCOVERY);
    StateConfiguration<CallStage, Cue> discovery = config.configure(CallStage.DISCOVERY)
        .permit(Cue.NO_FIT, CallStage.NO_FIT);
    for (Cue attempt : Peers.ATTEMPTS) {
      discovery
          .permitIf(attempt, Peers.leavingDiscoveryTo(attempt),
              () -> current.discoveryComplete())
          .permitInternalIf(attempt, () -> !current.discoveryComplete(), () -> current.reject());
    }
    config.configure(CallStage.DIAGNOSIS)
        .permit(Cue.PITCH, CallStage.PRESCRIPTION)
        .permit(Cue.NO_FIT, CallStage.NO_FIT);
    config.configure(CallStage.PRESCRIPTION)
        .permit(Cue.ASSUMPTIVE_CLOSE, CallStage.CLOSE)
        .permit(Cue.ASK_FOR_SALE, CallStage.CLOSE);
    config.configure(CallStage.CLOSE)
        .permit(Cue.COMMITMENT, CallStage.NEXT_STEPS);
  }

  @Override
  public Object start() {
    return new Call(config);
  }

  @Override
  public Object step(Object state, int callIndex, int eventIndex) {
    Call call = (Call) state;
    current = call.facts;
    call.machine.fire(calls[callIndex][eventIndex]);
    return call;
  }

  @Override
  public CallOutcome outcome(Object state) {
    Call call = (Call) state;
    return new CallOutcome(call.machine.getState(), call.facts.rejections());
  }
}
