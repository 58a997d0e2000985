package org.stagecraft.testkit;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Playbooks;
import org.stagecraft.score.Band;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scoring;

class ScorecardAssertTest {
  private final Scorecard good = Scoring.defaults().score(Calls.discoveryFirst());
  private final Scorecard premature = Scoring.defaults().score(Calls.prematureClose());

  @Test
  void has_score_lists_the_available_ids_when_one_is_missing() {
    assertThat(good).hasScore("close-style");

    assertThatThrownBy(() -> assertThat(good).hasScore("close-rate"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the scorecard to have a score \"close-rate\", but it has none.\n"
            + "Available score ids: [discovery-share, questions, talk-ratio, monologue, "
            + "persuasion, close-style, effort-balance, fit-discipline, process-adherence]");
  }

  @Test
  void has_score_at_least_shows_the_value_explanation_and_tip() {
    assertThat(good).hasScoreAtLeast("close-style", 100).hasScoreAtLeast("questions", 62);

    assertThatThrownBy(() -> assertThat(premature).hasScoreAtLeast("close-style", 60))
        .hasMessage("Expecting score \"close-style\" to be at least:\n  60\nbut was:\n  35 (weak): "
            + "0 assumptive closes, 1 ask for the sale, 0 pressure tactics, 0 trial closes.\n"
            + "tip: Don't hand the decision back (\"what would you like to do?\"): prescribe, then "
            + "describe the next steps and ask for questions.");
  }

  @Test
  void an_unmeasured_score_is_neither_at_least_nor_at_most_anything() {
    assertThatThrownBy(() -> assertThat(good).hasScoreAtLeast("talk-ratio", 0))
        .hasMessage("Expecting score \"talk-ratio\" to be at least:\n  0\nbut was:\n"
            + "  - (unmeasured): Nobody has talked yet.");
    assertThatThrownBy(() -> assertThat(good).hasScoreAtMost("talk-ratio", 100))
        .hasMessage("Expecting score \"talk-ratio\" to be at most:\n  100\nbut was:\n"
            + "  - (unmeasured): Nobody has talked yet.");
  }

  @Test
  void has_score_at_most() {
    assertThat(premature).hasScoreAtMost("close-style", 35);

    assertThatThrownBy(() -> assertThat(good).hasScoreAtMost("fit-discipline", 50))
        .hasMessage("Expecting score \"fit-discipline\" to be at most:\n  50\nbut was:\n  70 (ok): "
            + "The conversation closed without fit being confirmed.\ntip: Before you close, "
            + "confirm out loud that the fix fits their problem.");
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(good).hasScoreAtMost("x", 101));
  }

  @Test
  void has_score_in_band() {
    assertThat(good).hasScoreInBand("process-adherence", Band.STRONG)
        .hasScoreInBand("talk-ratio", Band.UNMEASURED);

    assertThatThrownBy(() -> assertThat(premature).hasScoreInBand("process-adherence", Band.STRONG))
        .hasMessage("Expecting score \"process-adherence\" to be in band:\n  strong\nbut was:\n"
            + "  70 (ok): 1 attempt by the seller to move ahead of the playbook, 3 stages ahead in "
            + "all.\ntip: Finish each stage before the next: In DISCOVERY: before moving on, still "
            + "needs goal (prospect), open question (seller): 1 of 3, confirmed (prospect).");
  }

  @Test
  void has_overall_at_least_shows_every_score() {
    assertThat(good).hasOverallAtLeast(76);

    assertThatThrownBy(() -> assertThat(premature).hasOverallAtLeast(50))
        .hasMessage("Expecting the overall score to be at least:\n  50\nbut was:\n  48 (weak)\n"
            + "scores:\n  discovery-share: - (unmeasured)\n  questions: 62 (ok)\n"
            + "  talk-ratio: - (unmeasured)\n  monologue: - (unmeasured)\n  persuasion: 0 (weak)\n"
            + "  close-style: 35 (weak)\n  effort-balance: - (unmeasured)\n"
            + "  fit-discipline: - (unmeasured)\n  process-adherence: 70 (ok)");
  }

  @Test
  void nothing_measured_is_not_an_overall_of_zero_or_more() {
    Scorecard empty = Scoring.of(java.util.List.of())
        .score(Playbooks.consultative().newConversation());

    assertThatThrownBy(() -> assertThat(empty).hasOverallAtLeast(0))
        .hasMessage("Expecting the overall score to be at least:\n  0\nbut was:\n"
            + "  - (unmeasured)\nscores:\n");
  }
}
