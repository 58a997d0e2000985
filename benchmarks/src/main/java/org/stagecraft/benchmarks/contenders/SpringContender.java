package org.stagecraft.benchmarks.contenders;

import java.util.EnumSet;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.guard.Guard;
import org.stagecraft.benchmarks.workload.CallFacts;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Cue;
import org.stagecraft.benchmarks.workload.Workload;
import reactor.core.publisher.Mono;

/**
 * Spring Statemachine 4.0 as its reference documentation shows it outside an application
 * context: {@code StateMachineBuilder.builder()} configured once (states, then external and
 * internal transitions with guards and actions), a {@link StateMachineFactory} from it, and one
 * machine per call from {@code getStateMachine()}, started before its first event. Events go in
 * through the reactive {@code sendEvent(Mono<Message>)} of 4.0 (the blocking overloads are
 * deprecated); the prepared messages are shared. Each call's facts live in the machine's extended
 * state, where the guards and actions read them. Events with no transition are not accepted by
 * the machine, which leaves its state as it is.
 */
final class SpringContender extends Contender {
  private static final String FACTS = "facts";

  private final Cue[][] calls;
  private final StateMachineFactory<CallStage, Cue> factory;
  /** One prepared event per cue, by ordinal: messages are immutable and a Mono.just is cold. */
  private final Mono<Message<Cue>>[] events;

  @SuppressWarnings("unchecked")
  SpringContender(Workload workload) {
    super("spring");
    this.calls = cues(workload);
    this.factory = define();
    this.events = new Mono[Cue.values().length];
    for (Cue cue : Cue.values()) {
      events[cue.ordinal()] = Mono.just(MessageBuilder.withPayload(cue).build());
    }
  }

  private static StateMachineFactory<CallStage, Cue> define() {
    try {
      StateMachineBuilder.Builder<CallStage, Cue> builder = StateMachineBuilder.builder();
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder.configureStates().withStates()
          .initial(CallStage.RAPPORT)
          .states(EnumSet.allOf(CallStage.class))
          .end(CallStage.NEXT_STEPS)
          .end(CallStage.NO_FIT);
      transitions(builder.configureTransitions());
      return builder.createFactory();
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the workload's definition", e);
    }
  }

  private static void transitions(StateMachineTransitionConfigurer<CallStage, Cue> t)
      throws Exception {
    Action<CallStage, Cue> record = context -> facts(context).record(context.getEvent());
    Action<CallStage, Cue> reject = context -> facts(context).reject();
    Guard<CallStage, Cue> complete = context -> facts(context).discoveryComplete();
    Guard<CallStage, Cue> incomplete = context -> !facts(context).discoveryComplete();
    for (CallStage stage : CallStage.values()) {
      if (stage.isTerminal()) {
        continue;
      }
      for (Cue fact : Peers.FACTS) {
        if (stage != CallStage.RAPPORT || fact != Cue.OPEN_QUESTION) {
          t.withInternal().source(stage).event(fact).action(record);
        }
      }
    }
    t.withExternal().source(CallStage.RAPPORT).target(CallStage.DISCOVERY)
        .event(Cue.OPEN_QUESTION).action(record)
        .and().withExternal().source(CallStage.RAPPORT).target(CallStage.DISCOVERY)
        .event(Cue.CLOSED_QUESTION);
    for (Cue attempt : Peers.ATTEMPTS) {
      t.withExternal().source(CallStage.DISCOVERY).target(Peers.leavingDiscoveryTo(attempt))
          .event(attempt).guard(complete)
          .and().withInternal().source(CallStage.DISCOVERY).event(attempt).guard(incomplete)
          .action(reject);
    }
    t.withExternal().source(CallStage.DISCOVERY).target(CallStage.NO_FIT).event(Cue.NO_FIT)
        .and().withExternal().source(CallStage.DIAGNOSIS).target(CallStage.NO_FIT)
        .event(Cue.NO_FIT)
        .and().withExternal().source(CallStage.DIAGNOSIS).target(CallStage.PRESCRIPTION)
        .event(Cue.PITCH)
        .and().withExternal().source(CallStage.PRESCRIPTION).target(CallStage.CLOSE)
        .event(Cue.ASSUMPTIVE_CLOSE)
        .and().withExternal().source(CallStage.PRESCRIPTION).target(CallStage.CLOSE)
        .event(Cue.ASK_FOR_SALE)
        .and().withExternal().source(CallStage.CLOSE).target(CallStage.NEXT_STEPS)
        .event(Cue.COMMITMENT);
  }

  private static CallFacts facts(StateContext<CallStage, Cue> context) {
    return context.getExtendedState().get(FACTS, CallFacts.class);
  }

  @Override
  public Object start() {
    StateMachine<CallStage, Cue> machine = factory.getStateMachine();
    machine.getExtendedState().getVariables().put(FACTS, new CallFacts());
    machine.startReactively().block();
    return machine;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object step(Object state, int callIndex, int eventIndex) {
    StateMachine<CallStage, Cue> machine = (StateMachine<CallStage, Cue>) state;
    machine.sendEvent(events[calls[callIndex][eventIndex].ordinal()]).blockLast();
    return machine;
  }

  @Override
  @SuppressWarnings("unchecked")
  public CallOutcome outcome(Object state) {
    StateMachine<CallStage, Cue> machine = (StateMachine<CallStage, Cue>) state;
    CallFacts facts = machine.getExtendedState().get(FACTS, CallFacts.class);
    return new CallOutcome(machine.getState().getId(), facts.rejections());
  }
}
