package org.stagecraft.score;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;

/**
 * The built-in scorers of the consultative method, each with its thresholds named and sourced in
 * its Javadoc and in docs/scoring.md. The no-argument factories use the published or documented
 * defaults; the others let a team override a threshold.
 */
public final class Scorers {
  /** Discovery's share of the talk from discovery to close: 14 of 15 minutes (doctor analogy). */
  public static final double DISCOVERY_SHARE_TARGET = 14.0 / 15;
  /** Gong's discovery-call question sweet spot, lower end. */
  public static final int QUESTIONS_SWEET_LOW = 11;
  /** Gong's discovery-call question sweet spot, upper end. */
  public static final int QUESTIONS_SWEET_HIGH = 14;
  /** Gong Labs: highest-converting seller share of talk. */
  public static final double TALK_RATIO_IDEAL = 0.43;
  /** Gong Labs: above this seller share, lower conversion. */
  public static final double TALK_RATIO_HIGH = 0.65;
  /** Gong: seller monologues past about two minutes go with lower win rates. */
  public static final Duration MONOLOGUE_LIMIT = Duration.ofMinutes(2);
  /** The method's 51/49 rule: the prospect's least share of the effort. */
  public static final double PROSPECT_EFFORT_MINIMUM = 0.51;

  private static final ImmutableList<Scorer> DEFAULTS = ImmutableList.of(
      discoveryShare(), questions(), talkRatio(), monologue(), persuasion(), closeStyle(),
      effortBalance(), fitDiscipline(), processAdherence());

  private Scorers() {}

  /** Every built-in scorer with its defaults, in a fixed order. */
  public static ImmutableList<Scorer> defaults() {
    return DEFAULTS;
  }

  /** {@code discovery-share} with {@link #DISCOVERY_SHARE_TARGET}. */
  public static Scorer discoveryShare() {
    return discoveryShare(DISCOVERY_SHARE_TARGET);
  }

  /**
   * {@code discovery-share}: 100 at {@code target} or more, 0 at half.
   *
   * @throws IllegalArgumentException unless {@code 0.5 < target <= 1}
   */
  public static Scorer discoveryShare(double target) {
    checkArgument(target > 0.5 && target <= 1, "discovery target must be in (0.5, 1]: %s", target);
    return new DiscoveryShareScorer(target);
  }

  /** {@code questions} with Gong's 11–14 sweet spot. */
  public static Scorer questions() {
    return questions(QUESTIONS_SWEET_LOW, QUESTIONS_SWEET_HIGH);
  }

  /**
   * {@code questions} with another sweet spot.
   *
   * @throws IllegalArgumentException unless {@code 5 < low <= high}
   */
  public static Scorer questions(int low, int high) {
    checkArgument(low > 5 && low <= high, "question sweet spot needs 5 < low <= high: %s–%s", low,
        high);
    return new QuestionsScorer(low, high);
  }

  /** {@code talk-ratio} with Gong's 43% ideal and 65% high mark. */
  public static Scorer talkRatio() {
    return talkRatio(TALK_RATIO_IDEAL, TALK_RATIO_HIGH);
  }

  /**
   * {@code talk-ratio} with other marks.
   *
   * @throws IllegalArgumentException unless {@code 0.05 < ideal, ideal + 0.05 < high < 1}
   */
  public static Scorer talkRatio(double ideal, double high) {
    checkArgument(ideal > 0.05 && high > ideal + 0.05 && high < 1,
        "talk ratio needs 0.05 < ideal and ideal + 0.05 < high < 1: %s, %s", ideal, high);
    return new TalkRatioScorer(ideal, high);
  }

  /** {@code monologue} with Gong's two-minute mark. */
  public static Scorer monologue() {
    return monologue(MONOLOGUE_LIMIT);
  }

  /**
   * {@code monologue} with another limit.
   *
   * @throws IllegalArgumentException unless the limit is at least 10 seconds
   */
  public static Scorer monologue(Duration limit) {
    checkArgument(limit.compareTo(Duration.ofSeconds(10)) >= 0,
        "monologue limit must be at least 10 s: %s", limit);
    return new MonologueScorer(limit.toMillis() / 1000.0);
  }

  /** {@code persuasion}: rapport, empathy, trust, hope and urgency, and their order. */
  public static Scorer persuasion() {
    return new PersuasionScorer();
  }

  /** {@code close-style}: assumptive close rewarded; asking for the sale and pressure penalised. */
  public static Scorer closeStyle() {
    return new CloseStyleScorer();
  }

  /** {@code effort-balance} with the 51/49 rule. */
  public static Scorer effortBalance() {
    return effortBalance(PROSPECT_EFFORT_MINIMUM);
  }

  /**
   * {@code effort-balance} with another minimum prospect share.
   *
   * @throws IllegalArgumentException unless {@code 0.1 < minimum <= 1}
   */
  public static Scorer effortBalance(double minimum) {
    checkArgument(minimum > 0.1 && minimum <= 1, "effort minimum must be in (0.1, 1]: %s",
        minimum);
    return new EffortBalanceScorer(minimum);
  }

  /** {@code fit-discipline}: refer out on no fit; confirm fit before the close. */
  public static Scorer fitDiscipline() {
    return new FitDisciplineScorer();
  }

  /** {@code process-adherence}: violations weighted by how far ahead they reached. */
  public static Scorer processAdherence() {
    return new ProcessAdherenceScorer();
  }
}
