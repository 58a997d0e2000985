package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.event.ObservedSignal.seller;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {
  @Test
  void tells_listeners_about_stage_changes_and_violations_in_order() {
    List<String> heard = new ArrayList<>();
    Engine engine = Engine.of(Playbooks.consultative())
        .onStageChange((change, c) -> heard.add("stage " + change))
        .onViolation((violation, c) -> heard.add("violation " + violation.rule() + " at "
            + violation.eventIndex() + " in " + c.stage()));

    Conversation call = engine.applyAll(engine.start(), List.of(
        seller(Signal.OPEN_QUESTION), seller(Signal.ASSUMPTIVE_CLOSE)));

    assertThat(heard).containsExactly(
        "stage RAPPORT -> DISCOVERY at event 0",
        "violation EXIT_CRITERIA_NOT_MET at 1 in DISCOVERY");
    assertThat(call.eventCount()).isEqualTo(2);
  }

  @Test
  void a_throwing_listener_changes_nothing_and_the_others_still_hear() {
    List<StageChange> heard = new ArrayList<>();
    Engine engine = Engine.of(Playbooks.consultative())
        .onStageChange((change, c) -> {
          throw new IllegalStateException("listener bug");
        })
        .onStageChange((change, c) -> heard.add(change));

    Outcome outcome = engine.apply(engine.start(), seller(Signal.OPEN_QUESTION));

    assertThat(outcome.accepted()).isTrue();
    assertThat(heard).containsExactly(new StageChange(Stage.RAPPORT, Stage.DISCOVERY, 0));
  }

  @Test
  void an_error_thrown_by_a_listener_reaches_the_caller() {
    Engine engine = Engine.of(Playbooks.consultative()).onStageChange((change, c) -> {
      throw new AssertionError("a test listener failed");
    });

    assertThatThrownBy(() -> engine.apply(engine.start(), seller(Signal.OPEN_QUESTION)))
        .isInstanceOf(AssertionError.class).hasMessage("a test listener failed");
  }

  @Test
  void refuses_a_conversation_of_another_playbook() {
    Playbook other = Playbook.builder("other").stage(Stage.of("ONLY"))
        .terminalStage(Stage.of("DONE")).transition(Stage.of("ONLY"), Stage.of("DONE")).build();
    Engine engine = Engine.of(Playbooks.consultative());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> engine.apply(other.newConversation(), seller(Signal.RAPPORT)))
        .withMessage("conversation follows playbook 'other', but this engine applies "
            + "'consultative'");
  }

  @Test
  void engines_are_immutable() {
    Engine plain = Engine.of(Playbooks.consultative());
    List<Violation> heard = new ArrayList<>();

    Engine listening = plain.onViolation((v, c) -> heard.add(v));
    plain.apply(plain.start(), seller(Signal.ASKED_FOR_SALE));

    assertThat(heard).isEmpty();
    listening.apply(listening.start(), seller(Signal.ASKED_FOR_SALE));
    assertThat(heard).hasSize(1);
  }
}
