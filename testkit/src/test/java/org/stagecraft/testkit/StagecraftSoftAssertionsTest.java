package org.stagecraft.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Stage;
import org.stagecraft.Violation.Rule;
import org.stagecraft.score.Band;
import org.stagecraft.score.Scoring;

class StagecraftSoftAssertionsTest {

  @Test
  void collects_a_failure_from_every_kind_of_assertion_and_reports_them_together() {
    StagecraftSoftAssertions softly = new StagecraftSoftAssertions();
    softly.assertThat(Calls.prematureClose()).isInStage(Stage.CLOSE).hasNoViolations();
    softly.assertThat(Calls.prematureClose().violations().get(0)).hasRule(Rule.STAGE_SKIPPED);
    softly.assertThat(Scoring.defaults().score(Calls.prematureClose()))
        .hasScoreInBand("close-style", Band.STRONG);
    softly.assertThat(Playbooks.consultative()).startsAt(Stage.DISCOVERY);
    softly.assertThat(Playbook.builder("empty")).verifies();

    assertThat(softly.errorsCollected()).hasSize(6);
    assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
        m -> assertThat(m).startsWith("Expecting conversation to be in stage:\n  CLOSE\n"),
        m -> assertThat(m).startsWith("Expecting conversation to have no violations, but it has "
            + "1:"),
        m -> assertThat(m).startsWith("Expecting the violation's rule to be:\n  STAGE_SKIPPED\n"),
        m -> assertThat(m).startsWith("Expecting score \"close-style\" to be in band:\n  strong\n"),
        m -> assertThat(m).startsWith("playbook 'consultative': Expecting the playbook to start "
            + "at:\n  DISCOVERY\n"),
        m -> assertThat(m).startsWith("Expecting playbook 'empty' to verify, but it has "));
    assertThatThrownBy(softly::assertAll).isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("Multiple Failures (6 failures)");
  }

  @Test
  void a_nested_check_reports_once() {
    StagecraftSoftAssertions softly = new StagecraftSoftAssertions();
    softly.assertThat(Calls.prematureClose())
        .rejectedEventAt(1, Rule.EXIT_CRITERIA_NOT_MET, "goal (prospect)");

    assertThat(softly.errorsCollected()).singleElement()
        .extracting(Throwable::getMessage).asString()
        .startsWith("Expecting event 1 to be rejected, but it was accepted");
  }

  @Test
  void assert_softly_passes_when_every_check_holds_and_throws_all_failures_otherwise() {
    StagecraftSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(Calls.discoveryFirst()).isInStage(Stage.NEXT_STEPS).hasNoViolations();
      softly.assertThat(Playbooks.consultative()).startsAt(Stage.RAPPORT);
    });

    assertThatThrownBy(() -> StagecraftSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(Calls.discoveryFirst()).isInStage(Stage.CLOSE);
      softly.assertThat(Calls.discoveryFirst()).hasViolationCount(1);
    }))
        .isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("Expecting conversation to be in stage:")
        .hasMessageContaining("Expecting conversation to have 1 violation, but it has 0");
  }
}
