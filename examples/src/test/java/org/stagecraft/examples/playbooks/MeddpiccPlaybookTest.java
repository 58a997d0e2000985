package org.stagecraft.examples.playbooks;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.CHAMPION;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.COMPETITION;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.DECISION_CRITERIA;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.DECISION_PROCESS;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.DEVELOP;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.ECONOMIC_BUYER;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.METRICS;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.NEGOTIATE;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.PAPER_PROCESS;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.QUALIFY;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.TERMS_PROPOSED;
import static org.stagecraft.examples.playbooks.MeddpiccPlaybook.WON;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.Violation.Rule;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scorer;
import org.stagecraft.score.Scoring;
import org.stagecraft.testkit.compat.ScorerCompatibilityTest;
import org.stagecraft.testkit.scenario.Scenario;

/** MEDDPICC's graded gates, its coverage score, and the score's compatibility test. */
class MeddpiccPlaybookTest {
  private static final Scoring SCORING = Scoring.defaults().with(new MeddpiccCoverageScorer());

  @Test
  void a_deal_that_earns_every_gate_is_won_with_full_coverage() {
    Conversation deal = Scenario.of(MeddpiccPlaybook.playbook())
        .prospectShows(Signal.PAIN, METRICS)
        .sellerShows(CHAMPION)
        .sellerShows(Signal.PRESCRIPTION).expectStage(DEVELOP)
        .sellerShows(ECONOMIC_BUYER, DECISION_CRITERIA, DECISION_PROCESS, COMPETITION)
        .sellerShows(TERMS_PROPOSED).expectStage(NEGOTIATE)
        .sellerShows(PAPER_PROCESS, CHAMPION)
        .prospectShows(Signal.COMMITMENT).expectStage(WON)
        .run();

    assertThat(deal).hasStageHistory(QUALIFY, DEVELOP, NEGOTIATE, WON).hasNoViolations();
    assertThat(SCORING.score(deal)).hasScoreAtLeast(MeddpiccCoverageScorer.ID, 100);
  }

  @Test
  void the_win_waits_for_the_paper_process_and_a_champion_tested_twice() {
    Conversation deal = Scenario.of(MeddpiccPlaybook.playbook())
        .prospectShows(Signal.PAIN, METRICS).sellerShows(CHAMPION)
        .sellerShows(Signal.PRESCRIPTION)
        .sellerShows(ECONOMIC_BUYER, DECISION_CRITERIA, DECISION_PROCESS, COMPETITION)
        .sellerShows(TERMS_PROPOSED)
        .prospectShows(Signal.COMMITMENT)
            .expectRejected(Rule.EXIT_CRITERIA_NOT_MET, "paper process", "champion: 1 of 2")
        .run();

    assertThat(deal).isInStage(NEGOTIATE);
  }

  @Test
  void a_proposal_without_a_champion_fails_with_the_missing_element_and_the_coverage_tip() {
    Conversation deal = Scenario.of(MeddpiccPlaybook.playbook())
        .prospectShows(Signal.PAIN, METRICS)
        .sellerShows(Signal.PRESCRIPTION)
        .run();
    Scorecard card = SCORING.score(deal);

    assertThatThrownBy(() -> assertThat(deal).isInStage(DEVELOP))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting conversation to be in stage:\n  DEVELOP\nbut it is in:\n  QUALIFY\n"
            + "stage history: [QUALIFY@0]\nviolations: \n  - event 2: EXIT_CRITERIA_NOT_MET: "
            + "develop attempted (prescription by the seller) before qualify was complete: "
            + "missing champion\nstill missing to leave QUALIFY: champion");
    assertThatThrownBy(() -> assertThat(card).hasScoreAtLeast(MeddpiccCoverageScorer.ID, 75))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting score \"meddpicc-coverage\" to be at least:\n  75\nbut was:\n"
            + "  25 (weak): 2 of 8 MEDDPICC elements evidenced; missing economic buyer, decision "
            + "criteria, decision process, paper process, champion, competition.\n"
            + "tip: Find out the economic buyer next.");
  }

  @Nested
  class CoverageScorerCompatibility extends ScorerCompatibilityTest {
    @Override
    protected Scorer scorer() {
      return new MeddpiccCoverageScorer();
    }

    @Override
    protected List<Playbook> playbooks() {
      return List.of(MeddpiccPlaybook.playbook());
    }
  }
}
