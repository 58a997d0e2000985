package org.stagecraft.testkit;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Playbook;
import org.stagecraft.PlaybookBuilder;
import org.stagecraft.Signal;
import org.stagecraft.Stage;

class PlaybookBuilderAssertTest {
  private static final Stage START = Stage.of("A_START");
  private static final Stage MIDDLE = Stage.of("B_MIDDLE");
  private static final Stage GATE = Stage.of("C_GATE");
  private static final Stage END = Stage.of("Z_END");

  private static final String BYPASS = "ordering rule 'C_GATE completed before Z_END' is broken "
      + "by the path A_START -> B_MIDDLE -> Z_END: it reaches Z_END without a guarded transition "
      + "out of C_GATE";

  /** A gate before the end, and a way around it through the middle. */
  private static PlaybookBuilder bypassed() {
    return Playbook.builder("gated")
        .stage(START).stage(MIDDLE).stage(GATE).terminalStage(END)
        .transition(START, MIDDLE).transition(MIDDLE, END)
        .transition(START, GATE).transition(GATE, END)
        .requireCompleted(GATE, END);
  }

  private static PlaybookBuilder gated() {
    return Playbook.builder("gated")
        .stage(START).stage(GATE).terminalStage(END)
        .transition(START, GATE).transition(GATE, END)
        .requireCompleted(GATE, END);
  }

  @Test
  void verifies_passes_on_a_valid_definition_and_lists_the_problems_otherwise() {
    assertThat(gated()).verifies();

    assertThatThrownBy(() -> assertThat(bypassed()).verifies())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting playbook 'gated' to verify, but it has 1 problem:\n  - " + BYPASS);
  }

  @Test
  void fails_verification_with_fragments_of_the_problems() {
    assertThat(bypassed()).failsVerificationWith().failsVerificationWith("C_GATE", "Z_END");

    assertThatThrownBy(() -> assertThat(bypassed()).failsVerificationWith("C_GATE", "dead end"))
        .hasMessage("Expecting verification to report a problem containing:\n  \"dead end\"\n"
            + "but it reported 1 problem:\n  - " + BYPASS);
    assertThatThrownBy(() -> assertThat(gated()).failsVerificationWith())
        .hasMessage("Expecting verification to refuse the playbook, but it verified");
  }

  @Test
  void fails_verification_on_path_matches_the_whole_counterexample() {
    assertThat(bypassed()).failsVerificationOnPath(START, MIDDLE, END);

    assertThatThrownBy(() -> assertThat(bypassed()).failsVerificationOnPath(MIDDLE, END))
        .hasMessage("Expecting verification to report an ordering rule broken by the path:\n"
            + "  B_MIDDLE -> Z_END\nbut it reported 1 problem:\n  - " + BYPASS);
    assertThatThrownBy(() -> assertThat(gated()).failsVerificationOnPath(START, END))
        .hasMessage("Expecting verification to refuse the playbook, but it verified");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(bypassed()).failsVerificationOnPath());
  }

  @Test
  void several_problems_are_all_listed() {
    PlaybookBuilder broken = gated()
        .exitCriteria(START, org.stagecraft.Criterion.seen(Signal.of("ALSO_UNDECLARED")))
        .exitCriteria(GATE, org.stagecraft.Criterion.seen(Signal.of("NEVER_DECLARED")));

    assertThatThrownBy(() -> assertThat(broken).verifies())
        .hasMessageStartingWith("Expecting playbook 'gated' to verify, but it has 2 problems:\n  - ")
        .hasMessageContaining("NEVER_DECLARED")
        .hasMessageContaining("ALSO_UNDECLARED");
  }
}
