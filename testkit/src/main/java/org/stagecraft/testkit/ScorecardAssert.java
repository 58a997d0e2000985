package org.stagecraft.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.IntPredicate;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.stagecraft.score.Band;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorecard;

/**
 * Assertions on a {@link Scorecard}: that a score exists, its value and band, and the overall
 * value. Reach it with {@link StagecraftAssertions#assertThat(Scorecard)}. A failure on a score
 * shows its value, band, explanation and tip; a missing score lists the ids that exist.
 *
 * <p>Not thread-safe, like every AssertJ assertion object. Not final so that {@link
 * StagecraftSoftAssertions} can collect its failures.
 */
public class ScorecardAssert extends AbstractAssert<ScorecardAssert, Scorecard> {

  /**
   * Starts assertions on {@code actual}; prefer {@link StagecraftAssertions#assertThat(
   * Scorecard)}.
   */
  public ScorecardAssert(@Nullable Scorecard actual) {
    super(actual, ScorecardAssert.class);
  }

  /**
   * Verifies that the scorecard has a score with this id.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public ScorecardAssert hasScore(String id) {
    score(id);
    return this;
  }

  /**
   * Verifies that score {@code id} was measured and is at least {@code minimum}.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code minimum} is outside 0 to 100
   */
  public ScorecardAssert hasScoreAtLeast(String id, int minimum) {
    return bounded(id, minimum, "at least", value -> value >= minimum);
  }

  /**
   * Verifies that score {@code id} was measured and is at most {@code maximum}.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code maximum} is outside 0 to 100
   */
  public ScorecardAssert hasScoreAtMost(String id, int maximum) {
    return bounded(id, maximum, "at most", value -> value <= maximum);
  }

  private ScorecardAssert bounded(String id, int limit, String bound, IntPredicate holds) {
    checkRange(limit);
    Score score = score(id);
    if (!score.measured() || !holds.test(score.value())) {
      failWithMessage("%s", String.format("Expecting score \"%s\" to be %s:\n  %s\nbut was:"
          + "\n  %s", id, bound, limit, describe(score)));
    }
    return this;
  }

  /**
   * Verifies the band of score {@code id} ({@link Band#UNMEASURED} for "nothing to measure").
   *
   * @throws NullPointerException if an argument is null
   */
  public ScorecardAssert hasScoreInBand(String id, Band expected) {
    checkNotNull(expected, "expected");
    Score score = score(id);
    if (score.band() != expected) {
      failWithMessage("%s", String.format("Expecting score \"%s\" to be in band:\n  %s\nbut was:"
          + "\n  %s", id, expected.label(), describe(score)));
    }
    return this;
  }

  /**
   * Verifies that something was measured and the weighted overall value is at least {@code
   * minimum}.
   *
   * @throws IllegalArgumentException if {@code minimum} is outside 0 to 100
   */
  public ScorecardAssert hasOverallAtLeast(int minimum) {
    checkRange(minimum);
    isNotNull();
    if (actual.overallBand() == Band.UNMEASURED || actual.overall() < minimum) {
      failWithMessage("%s", String.format("Expecting the overall score to be at least:\n  %s\n"
          + "but was:\n  %s (%s)\nscores:\n%s", minimum,
          actual.overallBand() == Band.UNMEASURED ? "-" : actual.overall(),
          actual.overallBand().label(), table()));
    }
    return this;
  }

  private Score score(String id) {
    checkNotNull(id, "id");
    isNotNull();
    Optional<Score> score = actual.score(id);
    if (score.isEmpty()) {
      failWithMessage("%s", String.format("Expecting the scorecard to have a score \"%s\", but it "
          + "has none.\nAvailable score ids: %s", id,
          actual.scores().stream().map(Score::id).toList()));
    }
    return score.orElseThrow();
  }

  private String table() {
    StringBuilder out = new StringBuilder();
    for (Score s : actual.scores()) {
      out.append("  ").append(s.id()).append(": ").append(s.measured() ? s.value() : "-")
          .append(" (").append(s.band().label()).append(")\n");
    }
    return out.toString().stripTrailing();
  }

  private static String describe(Score score) {
    String value = score.measured() ? String.valueOf(score.value()) : "-";
    String tip = score.tip().isEmpty() ? "" : "\ntip: " + score.tip();
    return value + " (" + score.band().label() + "): " + score.explanation() + tip;
  }

  private static void checkRange(int value) {
    checkArgument(value >= 0 && value <= 100, "a score is 0 to 100, not %s", value);
  }
}
