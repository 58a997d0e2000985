package org.stagecraft.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.stagecraft.SpeakerRole.PROSPECT;
import static org.stagecraft.SpeakerRole.SELLER;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.RandomCalls;
import org.stagecraft.Signal;
import org.stagecraft.Stage;

class ScorecardTest {
  private final Conversation pitchy = Talk.untimed().line(SELLER, 300, 0, Signal.RAPPORT)
      .line(SELLER, 5, 0, Signal.OPEN_QUESTION, Signal.ASKED_FOR_SALE, Signal.DISCOUNT)
      .line(PROSPECT, 10, 0, Signal.PAIN).play();

  @Test
  void text_shows_a_line_per_score_the_violations_and_three_tips() {
    String text = Scoring.defaults().score(pitchy).toText();

    assertThat(text).startsWith("Scorecard: consultative, 8 events, now in DISCOVERY\nOverall ");
    assertThat(text.lines().filter(l -> l.matches("  [a-z-]+ +(\\d+|-)  .*"))).hasSize(9);
    assertThat(text).contains("\nViolations: 1\nTop tips:\n  1. ").contains("\n  3. ")
        .doesNotContain("\n  4. ");
  }

  @Test
  void tips_come_from_the_scores_that_lose_the_most_weighted_points() {
    Scorecard card = Scoring.defaults().score(pitchy);

    ImmutableList<String> tips = card.topTips(9);

    Score closeStyle = card.score("close-style").orElseThrow();
    assertThat(tips).contains(closeStyle.tip());
    assertThat(tips).doesNotContain("");
    assertThat(card.topTips(1)).hasSize(1);
  }

  @Test
  void tips_are_ordered_by_weighted_points_lost_and_ties_keep_the_scorers_order() {
    RandomCalls.forSeeds(100, 52_000, seed -> {
      Conversation call = Playbooks.consultative().newConversation()
          .advanceAll(RandomCalls.call(seed, 1 + (int) (seed % 120)));
      Scorecard card = Scoring.defaults().score(call);
      // Oracle: a stable sort of the candidates by weighted points lost, most first.
      List<Integer> candidates = new ArrayList<>();
      for (int i = 0; i < card.scores().size(); i++) {
        Score score = card.scores().get(i);
        if (score.measured() && !score.tip().isEmpty() && score.value() < 100
            && card.weights().get(i) > 0) {
          candidates.add(i);
        }
      }
      candidates.sort(Comparator.comparingDouble(
          i -> -card.weights().get(i) * (100 - card.scores().get(i).value())));
      List<String> expected = candidates.stream().map(i -> card.scores().get(i).tip()).toList();

      assertThat(card.topTips(9)).containsExactlyElementsOf(expected);
      assertThat(card.topTips(2)).containsExactlyElementsOf(
          expected.subList(0, Math.min(2, expected.size())));
      assertThat(card.topTips(0)).isEmpty();
      assertThatIllegalArgumentException().isThrownBy(() -> card.topTips(-1))
          .withMessage("limit must not be negative: -1");
    });
  }

  @Test
  void scores_weighted_zero_give_no_tips() {
    Playbook quiet = Playbook.builder("quiet").stage(Stage.RAPPORT)
        .stage(Stage.DISCOVERY, Signal.OPEN_QUESTION).terminalStage(Stage.CLOSE)
        .transition(Stage.RAPPORT, Stage.DISCOVERY).transition(Stage.DISCOVERY, Stage.CLOSE)
        .scoreWeight("talk-ratio", 0).build();
    Conversation c = quiet.newConversation().advance(
        org.stagecraft.event.Utterance.seller("word ".repeat(50)));

    Scorecard card = Scoring.defaults().score(c);

    assertThat(card.score("talk-ratio").orElseThrow().tip()).isNotEmpty();
    assertThat(card.topTips(9)).doesNotContain(card.score("talk-ratio").orElseThrow().tip());
  }

  @Test
  void custom_scorers_join_and_replace_built_ins() {
    Scorer custom = new Scorer() {
      @Override
      public String id() {
        return "asked-about-budget";
      }

      @Override
      public Score score(Conversation conversation) {
        int asked = conversation.summary().shown(Signal.OPEN_QUESTION, SELLER);
        return Score.of(id(), asked > 0 ? 100 : 0, asked + " open questions.",
            ImmutableList.of(), "");
      }
    };

    Scorecard card = Scoring.defaults().without("talk-ratio").with(custom).score(pitchy);

    assertThat(card.scores()).extracting(Score::id).doesNotContain("talk-ratio")
        .endsWith("asked-about-budget");
    assertThat(card.score("asked-about-budget").orElseThrow().value()).isEqualTo(100);
  }

  @Test
  void a_scorer_must_return_its_own_id() {
    Scorer liar = new Scorer() {
      @Override
      public String id() {
        return "honest";
      }

      @Override
      public Score score(Conversation conversation) {
        return Score.unmeasured("other", "nothing");
      }
    };

    assertThatIllegalStateException().isThrownBy(() -> Scoring.of(ImmutableList.of(liar))
        .score(pitchy)).withMessage("scorer honest returned a score with id other");
  }

  @Test
  void weights_follow_the_playbook_scored_when_playbooks_take_turns() {
    Playbook quiet = Playbook.builder("quiet").stage(Stage.RAPPORT)
        .stage(Stage.DISCOVERY, Signal.OPEN_QUESTION).terminalStage(Stage.CLOSE)
        .transition(Stage.RAPPORT, Stage.DISCOVERY).transition(Stage.DISCOVERY, Stage.CLOSE)
        .scoreWeight("talk-ratio", 0).scoreWeight("questions", 2.5).build();
    Scoring scoring = Scoring.of(ImmutableList.of(Scorers.questions(), Scorers.talkRatio()));
    Playbook consultative = pitchy.playbook();

    for (int round = 0; round < 3; round++) {
      assertThat(scoring.score(quiet.newConversation()).weights()).containsExactly(2.5, 0.0);
      assertThat(scoring.score(pitchy).weights()).containsExactly(
          consultative.scoreWeight("questions"), consultative.scoreWeight("talk-ratio"));
    }
  }

  @Test
  void weights_follow_the_playbook_itself_not_its_name() {
    Scoring scoring = Scoring.of(ImmutableList.of(Scorers.questions()));
    Playbook light = namedSales(1);
    Playbook heavy = namedSales(4);

    assertThat(scoring.score(light.newConversation()).weights()).containsExactly(1.0);
    assertThat(scoring.score(heavy.newConversation()).weights()).containsExactly(4.0);
    assertThat(scoring.score(light.newConversation()).weights()).containsExactly(1.0);
  }

  /** A playbook named "sales" that weighs the questions score {@code weight}. */
  private static Playbook namedSales(double weight) {
    return Playbook.builder("sales").stage(Stage.RAPPORT)
        .stage(Stage.DISCOVERY, Signal.OPEN_QUESTION).terminalStage(Stage.CLOSE)
        .transition(Stage.RAPPORT, Stage.DISCOVERY).transition(Stage.DISCOVERY, Stage.CLOSE)
        .scoreWeight("questions", weight).build();
  }

  @Test
  void weights_follow_which_scorers_applied_each_time() {
    Scorer sometimes = new Scorer() {
      private int calls;

      @Override
      public String id() {
        return "sometimes";
      }

      @Override
      public boolean appliesTo(Playbook playbook) {
        return calls++ % 2 == 0;
      }

      @Override
      public Score score(Conversation conversation) {
        return Score.of(id(), 50, "Half.", ImmutableList.of(), "");
      }
    };
    Playbook weighted = Playbook.builder("weighted").stage(Stage.RAPPORT)
        .stage(Stage.DISCOVERY, Signal.OPEN_QUESTION).terminalStage(Stage.CLOSE)
        .transition(Stage.RAPPORT, Stage.DISCOVERY).transition(Stage.DISCOVERY, Stage.CLOSE)
        .scoreWeight("sometimes", 3).scoreWeight("questions", 2).build();
    Scoring scoring = Scoring.of(ImmutableList.of(sometimes, Scorers.questions()));

    assertThat(scoring.score(weighted.newConversation()).weights()).containsExactly(3.0, 2.0);
    assertThat(scoring.score(weighted.newConversation()).weights()).containsExactly(2.0);
    assertThat(scoring.score(weighted.newConversation()).weights()).containsExactly(3.0, 2.0);
  }

  @Test
  void scorers_that_do_not_apply_are_left_out() {
    Playbook noDiscovery = Playbook.builder("tiny").stage(Stage.of("ASK"))
        .terminalStage(Stage.of("DONE")).transition(Stage.of("ASK"), Stage.of("DONE"))
        .scoreWeight("questions", 0).build();

    Scorecard card = Scoring.defaults().score(noDiscovery.newConversation());

    assertThat(card.scores()).extracting(Score::id).doesNotContain("discovery-share");
    assertThat(card.weights().get(0)).isZero();
  }

  @Test
  void scores_validate_themselves() {
    assertThatIllegalArgumentException().isThrownBy(() -> Score.of("x", 101, "", ImmutableList.of(),
        "")).withMessage("score x must be 0 to 100: 101");
    assertThatIllegalArgumentException().isThrownBy(() -> Score.of("Bad Id", 1, "",
        ImmutableList.of(), "")).withMessage("score id must be kebab-case: 'Bad Id'");
    assertThatIllegalArgumentException().isThrownBy(() -> new Score("x", 10, Band.STRONG, "",
        ImmutableList.of(), "")).withMessage("score x: band STRONG does not match value 10");
    assertThatIllegalArgumentException().isThrownBy(() -> Playbook.builder("w")
        .scoreWeight("x", -1)).withMessage("score weight for x must be finite and not negative: -1.0");
    assertThatIllegalArgumentException().isThrownBy(() -> Scorers.talkRatio(0.5, 0.52));
  }

  @Test
  void score_ids_are_lower_case_words_joined_by_single_hyphens() {
    for (String good : List.of("x", "talk-ratio", "a1-b2-c3", "effort2")) {
      assertThat(Score.unmeasured(good, "").id()).isEqualTo(good);
    }
    for (String bad : List.of("", "1a", "-a", "a-", "a--b", "Talk", "a_b", "a b", "a-B", "é")) {
      assertThatIllegalArgumentException().as("'%s'", bad)
          .isThrownBy(() -> Score.unmeasured(bad, ""))
          .withMessage("score id must be kebab-case: '%s'", bad);
    }
  }
}
