package org.stagecraft.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Stage;

class PlaybookAssertTest {
  private final Playbook consultative = Playbooks.consultative();

  @Test
  void passes_on_the_consultative_playbooks_shape() {
    assertThat(consultative)
        .hasStages(Stage.RAPPORT, Stage.DISCOVERY, Stage.DIAGNOSIS, Stage.PRESCRIPTION,
            Stage.CLOSE, Stage.NEXT_STEPS, Stage.REFER_OUT, Stage.PROSPECT_STOPPED)
        .startsAt(Stage.RAPPORT)
        .hasTerminalStages(Stage.NEXT_STEPS, Stage.REFER_OUT)
        .allowsTransition(Stage.DISCOVERY, Stage.CLOSE)
        .doesNotAllowTransition(Stage.RAPPORT, Stage.CLOSE)
        .requiresCompleted(Stage.DISCOVERY, Stage.CLOSE);
  }

  @Test
  void has_stages_and_starts_at_fail_with_what_the_playbook_has() {
    assertThatThrownBy(() -> assertThat(consultative).hasStages(Stage.RAPPORT, Stage.CLOSE))
        .isInstanceOf(AssertionError.class)
        .hasMessage("playbook 'consultative': Expecting the stages, in declaration order:\n"
            + "  [RAPPORT, CLOSE]\nbut they are:\n  [RAPPORT, DISCOVERY, DIAGNOSIS, PRESCRIPTION, "
            + "CLOSE, NEXT_STEPS, REFER_OUT, PROSPECT_STOPPED]");
    assertThatThrownBy(() -> assertThat(consultative).startsAt(Stage.DISCOVERY))
        .hasMessage("playbook 'consultative': Expecting the playbook to start at:\n  DISCOVERY\n"
            + "but it starts at:\n  RAPPORT");
  }

  @Test
  void has_terminal_stages_names_the_ones_that_are_not() {
    assertThatThrownBy(() -> assertThat(consultative).hasTerminalStages(Stage.NEXT_STEPS,
        Stage.CLOSE, Stage.of("WON")))
        .hasMessage("playbook 'consultative': Expecting terminal stages:\n  [NEXT_STEPS, CLOSE, "
            + "WON]\nbut these are not terminal stages:\n  [CLOSE, WON]\nterminal stages: "
            + "[NEXT_STEPS, REFER_OUT, PROSPECT_STOPPED]");
  }

  @Test
  void transitions_fail_with_the_ways_out_of_the_stage() {
    assertThatThrownBy(() -> assertThat(consultative).allowsTransition(Stage.RAPPORT, Stage.CLOSE))
        .hasMessage("playbook 'consultative': Expecting a transition RAPPORT -> CLOSE, but there "
            + "is none.\ntransitions out of RAPPORT: [" + consultative.transition(Stage.RAPPORT,
                Stage.DISCOVERY).orElseThrow() + ", " + consultative.transition(Stage.RAPPORT,
                Stage.PROSPECT_STOPPED).orElseThrow() + "]");
    assertThatThrownBy(() -> assertThat(consultative).doesNotAllowTransition(Stage.DISCOVERY,
        Stage.CLOSE))
        .hasMessage("playbook 'consultative': Expecting no transition DISCOVERY -> CLOSE, but "
            + "there is:\n  " + consultative.transition(Stage.DISCOVERY, Stage.CLOSE)
                .orElseThrow());
  }

  @Test
  void requires_completed_lists_the_declared_rules() {
    assertThatThrownBy(() -> assertThat(consultative).requiresCompleted(Stage.DIAGNOSIS,
        Stage.CLOSE))
        .hasMessage("playbook 'consultative': Expecting the ordering rule:\n  DIAGNOSIS completed "
            + "before CLOSE\nbut the playbook's ordering rules are:\n  [DISCOVERY completed before "
            + "DIAGNOSIS, DISCOVERY completed before PRESCRIPTION, DISCOVERY completed before "
            + "CLOSE, DISCOVERY completed before NEXT_STEPS]");
  }
}
