package org.stagecraft.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Outcome;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.Violation;
import org.stagecraft.Violation.Rule;
import org.stagecraft.event.StageRequest;

class ViolationAssertTest {
  private final Violation violation = Calls.prematureClose().violations().get(0);
  private static final String WHOLE = "\nviolation: event 2: EXIT_CRITERIA_NOT_MET: close "
      + "attempted (asked for sale by the seller) before discovery was complete: missing goal "
      + "(prospect), open question (seller): 1 of 3, confirmed (prospect)";

  @Test
  void passes_on_every_field_of_the_violation() {
    assertThat(violation)
        .hasRule(Rule.EXIT_CRITERIA_NOT_MET)
        .isAtEvent(2)
        .isInStage(Stage.DISCOVERY)
        .hasAttempted(Stage.CLOSE)
        .wasMadeBy(Signal.ASKED_FOR_SALE, SpeakerRole.SELLER)
        .hasMissing("goal (prospect)", "open question (seller): 1 of 3", "confirmed (prospect)")
        .hasMessageContaining("before discovery was complete");
  }

  @Test
  void each_field_fails_with_expected_and_found() {
    assertThatThrownBy(() -> assertThat(violation).hasRule(Rule.STAGE_SKIPPED))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the violation's rule to be:\n  STAGE_SKIPPED\nbut was:\n"
            + "  EXIT_CRITERIA_NOT_MET" + WHOLE);
    assertThatThrownBy(() -> assertThat(violation).isAtEvent(3))
        .hasMessage("Expecting the violation's event index to be:\n  3\nbut was:\n  2" + WHOLE);
    assertThatThrownBy(() -> assertThat(violation).isInStage(Stage.RAPPORT))
        .hasMessage("Expecting the violation's stage to be:\n  RAPPORT\nbut was:\n  DISCOVERY"
            + WHOLE);
    assertThatThrownBy(() -> assertThat(violation).hasAttempted(Stage.DIAGNOSIS))
        .hasMessage("Expecting the violation's attempted stage to be:\n  DIAGNOSIS\nbut was:\n"
            + "  CLOSE" + WHOLE);
    assertThatThrownBy(() -> assertThat(violation).wasMadeBy(Signal.ASKED_FOR_SALE,
        SpeakerRole.PROSPECT))
        .hasMessage("Expecting the attempt to be made by:\n  ASKED_FOR_SALE (prospect)\nbut it was "
            + "made by:\n  ASKED_FOR_SALE (seller)" + WHOLE);
    assertThatThrownBy(() -> assertThat(violation).hasMissing("goal (prospect)"))
        .hasMessage("Expecting these criteria to be missing:\n  [goal (prospect)]\nbut the missing "
            + "criteria were:\n  [goal (prospect), open question (seller): 1 of 3, confirmed "
            + "(prospect)]" + WHOLE);
    assertThatThrownBy(() -> assertThat(violation).hasMessageContaining("pitch"))
        .hasMessage("Expecting the violation's message to contain:\n  \"pitch\"\nbut it was:\n"
            + "  \"close attempted (asked for sale by the seller) before discovery was complete: "
            + "missing goal (prospect), open question (seller): 1 of 3, confirmed (prospect)\""
            + WHOLE);
  }

  @Test
  void a_stage_request_has_no_signal() {
    Outcome outcome = Calls.prematureClose().apply(StageRequest.to(Stage.NEXT_STEPS));
    Violation request = ((Outcome.Rejected) outcome).violation();

    assertThatThrownBy(() -> assertThat(request).wasMadeBy(Signal.COMMITMENT, SpeakerRole.PROSPECT))
        .hasMessageStartingWith("Expecting the attempt to be made by:\n  COMMITMENT (prospect)\n"
            + "but it was made by:\n  a stage request\nviolation: event 3: STAGE_SKIPPED: ");
  }
}
