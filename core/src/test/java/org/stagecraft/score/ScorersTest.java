package org.stagecraft.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stagecraft.SpeakerRole.PROSPECT;
import static org.stagecraft.SpeakerRole.SELLER;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.event.Touch;

class ScorersTest {
  private static final Score EMPTY_TALK = Talk.untimed().score(Scorers.talkRatio());

  @Test
  void every_scorer_leaves_an_empty_conversation_unmeasured() {
    Scorecard card = Scoring.defaults().score(Playbooks.consultative().newConversation());

    assertThat(card.scores()).hasSize(9).allSatisfy(s -> {
      assertThat(s.band()).as(s.id()).isEqualTo(Band.UNMEASURED);
      assertThat(s.value()).isZero();
    });
    assertThat(card.overallBand()).isEqualTo(Band.UNMEASURED);
    assertThat(EMPTY_TALK.explanation()).isEqualTo("Nobody has talked yet.");
  }

  // discovery-share

  @Test
  void discovery_share_is_full_when_the_pitch_comes_after_most_of_the_talk() {
    Score score = Talk.timed().discovery()
        .line(SELLER, 10, 5, Signal.DIAGNOSIS).score(Scorers.discoveryShare());

    // discovery from its first question: 80 s before the diagnosis line, 5 s of diagnosis
    assertThat(score.value()).isEqualTo(100);
    assertThat(score.explanation()).startsWith("Discovery took 94% of the talk time since it began");
  }

  @Test
  void discovery_share_falls_as_the_presentation_grows() {
    Score score = Talk.timed().discovery()
        .line(SELLER, 100, 80, Signal.DIAGNOSIS, Signal.PRESCRIPTION).score(Scorers.discoveryShare());

    // 80 s of discovery, 80 s of presentation: 50% share → 0
    assertThat(score.value()).isZero();
    assertThat(score.tip()).startsWith("Stay in discovery longer");
  }

  @Test
  void discovery_share_is_zero_when_the_seller_pitches_before_discovery() {
    Score score = Talk.untimed().line(SELLER, 50, 0, Signal.PRESCRIPTION).discovery()
        .score(Scorers.discoveryShare());

    assertThat(score.value()).isZero();
    assertThat(score.explanation()).isEqualTo(
        "The seller diagnosed, pitched or closed before discovery began.");
    assertThat(score.evidence()).containsExactly(1);
  }

  @Test
  void discovery_share_uses_words_when_times_are_missing() {
    Score score = Talk.untimed().discovery().line(SELLER, 20, 0, Signal.DIAGNOSIS)
        .score(Scorers.discoveryShare());

    // discovery from event 3: 10 + 60 + 10 + 60 + 10 + 10 = 160 words, then 20 words
    assertThat(score.explanation()).startsWith("Discovery took 89% of the words since it began");
    assertThat(score.value()).isEqualTo(90);
  }

  // questions

  @Test
  void questions_follow_gongs_bands_and_reward_open_ones() {
    assertThat(questions(12, 0).value()).isEqualTo(100);
    assertThat(questions(8, 0).value()).isEqualTo(91);
    assertThat(questions(3, 0).value()).isEqualTo(62);
    assertThat(questions(16, 0).value()).isEqualTo(89);
    assertThat(questions(24, 0).value()).isEqualTo(71);
    assertThat(questions(40, 0).value()).isEqualTo(40);
    assertThat(questions(6, 6).value()).isEqualTo(80); // 12 questions, half closed: 100 × 0.8
    assertThat(questions(0, 0).value()).isZero();
    assertThat(questions(0, 0).tip()).startsWith("Ask more");
  }

  private static Score questions(int open, int closed) {
    Talk talk = Talk.untimed().line(SELLER, 5, 0);
    for (int i = 0; i < open; i++) {
      talk.signals(SELLER, Signal.OPEN_QUESTION);
    }
    for (int i = 0; i < closed; i++) {
      talk.signals(SELLER, Signal.CLOSED_QUESTION);
    }
    return talk.score(Scorers.questions());
  }

  @Test
  void questions_report_their_rate_when_the_call_is_timed() {
    Score score = Talk.timed().line(SELLER, 5, 30, Signal.OPEN_QUESTION, Signal.OPEN_QUESTION)
        .line(PROSPECT, 5, 30, Signal.PAIN).line(SELLER, 5, 0, Signal.CLOSED_QUESTION)
        .score(Scorers.questions());

    assertThat(score.explanation()).startsWith("3 seller questions (2 open, 1 closed, 3.0 a "
        + "minute)");
  }

  @Test
  void questions_report_their_rate_per_words_without_times() {
    assertThat(questions(4, 0).explanation()).startsWith("4 seller questions (4 open, 0 closed, "
        + "80.0 per 100 seller words)");
  }

  @Test
  void questions_by_the_prospect_do_not_count() {
    Score score = Talk.untimed().line(PROSPECT, 5, 0, Signal.OPEN_QUESTION)
        .score(Scorers.questions());

    assertThat(score.measured()).isFalse();
  }

  // talk-ratio

  @Test
  void talk_ratio_peaks_near_43_percent_and_drops_past_65() {
    assertThat(ratio(43, 57).value()).isEqualTo(100);
    assertThat(ratio(65, 35).value()).isEqualTo(50);
    assertThat(ratio(80, 20).value()).isZero();
    assertThat(ratio(90, 10).tip()).startsWith("Talk less");
  }

  @Test
  void talk_ratio_when_only_the_prospect_talks() {
    Score score = ratio(0, 100);

    assertThat(score.value()).isEqualTo(60);
    assertThat(score.explanation()).startsWith("The seller had 0% of the talk time");
  }

  @Test
  void talk_ratio_falls_back_to_words_when_a_turn_has_no_times() {
    Score score = Talk.untimed().line(SELLER, 30, 0).line(PROSPECT, 70, 0)
        .score(Scorers.talkRatio());

    assertThat(score.explanation()).startsWith("The seller had 30% of the words");
  }

  private static Score ratio(int sellerSeconds, int prospectSeconds) {
    Talk talk = Talk.timed();
    if (sellerSeconds > 0) {
      talk.line(SELLER, 1, sellerSeconds);
    }
    return talk.line(PROSPECT, 1, prospectSeconds).score(Scorers.talkRatio());
  }

  // monologue

  @Test
  void one_huge_monologue_scores_zero() {
    Score score = Talk.timed().line(SELLER, 400, 120).line(SELLER, 400, 100)
        .line(PROSPECT, 5, 3).line(SELLER, 10, 10).score(Scorers.monologue());

    assertThat(score.value()).isZero();
    assertThat(score.explanation()).startsWith(
        "The seller's longest stretch without the prospect speaking was 220 s over 2 turns");
    assertThat(score.evidence()).containsExactly(0, 1);
  }

  @Test
  void a_minute_is_fine_two_minutes_is_half() {
    assertThat(Talk.timed().line(SELLER, 100, 60).score(Scorers.monologue()).value())
        .isEqualTo(100);
    assertThat(Talk.timed().line(SELLER, 100, 120).score(Scorers.monologue()).value())
        .isEqualTo(50);
    assertThat(Talk.timed().line(SELLER, 100, 90).score(Scorers.monologue(Duration.ofMinutes(1)))
        .value()).isZero();
  }

  @Test
  void monologues_without_times_are_estimated_from_words() {
    Score score = Talk.untimed().line(SELLER, 300, 0).score(Scorers.monologue());

    assertThat(score.explanation()).contains("300 words (about 120 s)");
    assertThat(score.value()).isEqualTo(50);
  }

  @Test
  void only_the_prospect_talking_leaves_monologue_unmeasured() {
    assertThat(Talk.timed().line(PROSPECT, 100, 60).score(Scorers.monologue()).measured())
        .isFalse();
  }

  // persuasion

  @Test
  void persuasion_counts_ingredients_and_their_order() {
    Score all = Talk.untimed().line(SELLER, 5, 0, Signal.RAPPORT).discovery()
        .signals(SELLER, Signal.EMPATHY, Signal.TRUST).signals(PROSPECT, Signal.HOPE,
            Signal.URGENCY).line(SELLER, 5, 0, Signal.DIAGNOSIS).score(Scorers.persuasion());
    Score hopeTooEarly = Talk.untimed().line(SELLER, 5, 0, Signal.RAPPORT, Signal.HOPE)
        .discovery().score(Scorers.persuasion());

    assertThat(all.value()).isEqualTo(100);
    assertThat(hopeTooEarly.value()).isEqualTo(16 * 2 + 10);
    assertThat(hopeTooEarly.explanation()).isEqualTo("2 of 5 ingredients (rapport, hope); missing "
        + "empathy, trust, urgency; hope or urgency came before discovery was done.");
    assertThat(hopeTooEarly.tip()).startsWith("Acknowledge how the problem feels");
  }

  // close-style

  @Test
  void close_style_rewards_the_assumptive_close_and_penalises_asking_and_pressure() {
    assertThat(close(Signal.ASSUMPTIVE_CLOSE).value()).isEqualTo(100);
    assertThat(close(Signal.ASKED_FOR_SALE).value()).isEqualTo(35);
    assertThat(close(Signal.PRESSURE).value()).isEqualTo(20);
    assertThat(close(Signal.ASSUMPTIVE_CLOSE, Signal.ASKED_FOR_SALE).value()).isEqualTo(75);
    assertThat(close(Signal.TRIAL_CLOSE).value()).isEqualTo(60);
    assertThat(close(Signal.TRIAL_CLOSE, Signal.TRIAL_CLOSE, Signal.TRIAL_CLOSE,
        Signal.ASSUMPTIVE_CLOSE).value()).isEqualTo(95);
    assertThat(close().measured()).isFalse();
  }

  @Test
  void close_style_counts_attempts_the_engine_rejected() {
    Score score = Talk.untimed().line(SELLER, 5, 0, Signal.OPEN_QUESTION, Signal.ASKED_FOR_SALE)
        .score(Scorers.closeStyle());

    assertThat(score.value()).isEqualTo(35);
    assertThat(score.evidence()).containsExactly(2);
  }

  private static Score close(Signal... signals) {
    return Talk.untimed().discovery().signals(SELLER, signals).score(Scorers.closeStyle());
  }

  // effort-balance

  @Test
  void chasing_costs_effort_balance() {
    Score chasing = Talk.untimed().line(SELLER, 50, 0).line(PROSPECT, 50, 0)
        .touch(Touch.Direction.SELLER_TO_PROSPECT, false)
        .touch(Touch.Direction.SELLER_TO_PROSPECT, false)
        .signals(SELLER, Signal.DISCOUNT).score(Scorers.effortBalance());

    // talk 50%, touches 0% → 25% effort → 37; minus 2 × 10 unanswered, minus 20 for the discount
    assertThat(chasing.value()).isZero();
    assertThat(chasing.explanation()).isEqualTo("The prospect carried 25% of the effort (aim: at "
        + "least 51%, the 51/49 rule); 2 unanswered seller touches; 1 discount or free trial "
        + "offered.");
    assertThat(chasing.tip()).startsWith("Don't buy the deal");
  }

  @Test
  void a_prospect_who_reaches_out_and_commits_carries_the_effort() {
    Score score = Talk.untimed().line(SELLER, 40, 0).line(PROSPECT, 60, 0, Signal.COMMITMENT)
        .touch(Touch.Direction.PROSPECT_TO_SELLER, true)
        .touch(Touch.Direction.SELLER_TO_PROSPECT, true).score(Scorers.effortBalance());

    assertThat(score.value()).isEqualTo(100);
  }

  // fit-discipline

  @Test
  void referring_out_after_no_fit_scores_full_and_pushing_scores_low() {
    Score honest = Talk.untimed().discovery().signals(SELLER, Signal.NO_FIT)
        .score(Scorers.fitDiscipline());
    Score pushed = Talk.untimed().discovery().signals(SELLER, Signal.NO_FIT,
        Signal.ASSUMPTIVE_CLOSE, Signal.ASKED_FOR_SALE).score(Scorers.fitDiscipline());

    assertThat(honest.value()).isEqualTo(100);
    assertThat(honest.explanation()).isEqualTo("No fit was named and the seller referred out "
        + "honestly.");
    assertThat(pushed.value()).isZero();
    assertThat(pushed.explanation()).isEqualTo("No fit was named, then the seller tried to close "
        + "2 times.");
  }

  @Test
  void closing_without_confirmed_fit_costs_a_little() {
    Score unconfirmed = Talk.untimed().discovery().signals(SELLER, Signal.ASSUMPTIVE_CLOSE)
        .score(Scorers.fitDiscipline());
    Score confirmed = Talk.untimed().discovery().signals(SELLER, Signal.FIT,
        Signal.ASSUMPTIVE_CLOSE).score(Scorers.fitDiscipline());

    assertThat(unconfirmed.value()).isEqualTo(70);
    assertThat(confirmed.value()).isEqualTo(100);
  }

  // process-adherence

  @Test
  void process_adherence_weighs_violations_by_how_far_ahead_they_reached() {
    Score close = Talk.untimed().line(SELLER, 5, 0, Signal.OPEN_QUESTION, Signal.ASKED_FOR_SALE)
        .score(Scorers.processAdherence());
    Score diagnosis = Talk.untimed().line(SELLER, 5, 0, Signal.OPEN_QUESTION, Signal.DIAGNOSIS)
        .score(Scorers.processAdherence());

    assertThat(close.value()).isEqualTo(70); // DISCOVERY → CLOSE is 3 stages ahead
    assertThat(diagnosis.value()).isEqualTo(90);
    assertThat(close.tip()).startsWith("Finish each stage before the next: In DISCOVERY");
  }

  @Test
  void pushing_a_no_fit_call_on_to_next_steps_scores_zero() {
    Score score = Talk.untimed().discovery().signals(SELLER, Signal.ASSUMPTIVE_CLOSE)
        .signals(SELLER, Signal.NO_FIT).signals(PROSPECT, Signal.COMMITMENT)
        .score(Scorers.fitDiscipline());

    assertThat(score.value()).isZero();
    assertThat(score.explanation()).isEqualTo("No fit was named, then the seller closed anyway.");
    assertThat(score.evidence()).containsExactly(15, 16);
  }

  @Test
  void only_the_sellers_rule_breaks_cost_process_adherence() {
    Score prospectEager = Talk.untimed().line(SELLER, 5, 0, Signal.OPEN_QUESTION)
        .signals(PROSPECT, Signal.COMMITMENT).score(Scorers.processAdherence());
    Score noFitInRapport = Talk.untimed().line(SELLER, 5, 0, Signal.NO_FIT)
        .score(Scorers.processAdherence());
    Score askInRapport = Talk.untimed().line(SELLER, 5, 0, Signal.ASKED_FOR_SALE)
        .score(Scorers.processAdherence());

    assertThat(prospectEager.value()).isEqualTo(100);
    assertThat(noFitInRapport.value()).isEqualTo(askInRapport.value()).isEqualTo(60);
  }

  @Test
  void points_lost_come_with_their_evidence() {
    Score trials = close(Signal.TRIAL_CLOSE, Signal.TRIAL_CLOSE, Signal.TRIAL_CLOSE);
    Score touches = Talk.untimed().line(PROSPECT, 50, 0)
        .touch(Touch.Direction.SELLER_TO_PROSPECT, false).score(Scorers.effortBalance());
    Score talkative = Talk.timed().line(SELLER, 100, 90).line(PROSPECT, 5, 10)
        .score(Scorers.talkRatio());

    assertThat(trials.value()).isEqualTo(55);
    assertThat(trials.evidence()).hasSize(3);
    assertThat(touches.evidence()).containsExactly(1);
    assertThat(talkative.evidence()).containsExactly(0);
  }

  @Test
  void custom_thresholds_do_not_cite_the_published_figures() {
    Score talk = Talk.untimed().line(SELLER, 50, 0).line(PROSPECT, 50, 0)
        .score(Scorers.talkRatio(0.5, 0.7));
    Score discovery = Talk.untimed().discovery().line(SELLER, 5, 0, Signal.DIAGNOSIS)
        .score(Scorers.discoveryShare(0.8));

    assertThat(talk.explanation()).isEqualTo("The seller had 50% of the words (aim: about 50%; "
        + "above 70% is too much).");
    assertThat(discovery.explanation()).contains("(aim: 80%)").doesNotContain("doctor");
  }

  // weights and the card

  @Test
  void the_overall_uses_the_playbooks_weights() {
    Scorecard card = Scoring.defaults().score(Talk.untimed().discovery()
        .signals(SELLER, Signal.ASKED_FOR_SALE).play());

    double weighted = 0;
    double weights = 0;
    for (int i = 0; i < card.scores().size(); i++) {
      if (card.scores().get(i).measured()) {
        weighted += card.weights().get(i) * card.scores().get(i).value();
        weights += card.weights().get(i);
      }
    }
    assertThat(card.overall()).isEqualTo((int) Math.round(weighted / weights));
    assertThat(card.score("process-adherence").orElseThrow().value()).isEqualTo(100);
    assertThat(card.weights().get(card.scores().indexOf(card.score("discovery-share")
        .orElseThrow()))).isEqualTo(2.0);
  }
}
