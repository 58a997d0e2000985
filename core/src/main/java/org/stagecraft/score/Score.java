package org.stagecraft.score;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * One explainable score of a conversation.
 *
 * @param id the scorer's stable id, e.g. {@code talk-ratio}
 * @param value 0 to 100 (0 when unmeasured)
 * @param band the value in words
 * @param explanation one sentence: what was measured and against what
 * @param evidence indices of the events that earned or cost points (at most a few)
 * @param tip what the seller can do next time; empty when there is nothing to add
 */
public record Score(
    String id, int value, Band band, String explanation, ImmutableList<Integer> evidence,
    String tip) {
  /**
   * Validates the score.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the id is not kebab-case, the value is outside 0 to 100,
   *     or the band does not match the value
   */
  public Score {
    checkNotNull(id, "id");
    checkArgument(isKebabCase(id), "score id must be kebab-case: '%s'", id);
    checkArgument(value >= 0 && value <= 100, "score %s must be 0 to 100: %s", id, value);
    checkNotNull(band, "band");
    checkArgument(band == Band.UNMEASURED ? value == 0 : band == Band.of(value),
        "score %s: band %s does not match value %s", id, band, value);
    checkNotNull(explanation, "explanation");
    evidence = ImmutableList.copyOf(checkNotNull(evidence, "evidence"));
    checkNotNull(tip, "tip");
  }

  /** A measured score; the band follows from the value. */
  public static Score of(
      String id, int value, String explanation, Iterable<Integer> evidence, String tip) {
    return new Score(id, value, Band.of(value), explanation, ImmutableList.copyOf(evidence), tip);
  }

  /** A score with nothing to measure yet; {@code why} says what is missing. */
  public static Score unmeasured(String id, String why) {
    return new Score(id, 0, Band.UNMEASURED, why, ImmutableList.of(), "");
  }

  /**
   * Whether {@code id} is lower-case words of letters and digits joined by single hyphens, led by
   * a letter. Checked by hand: a scorecard builds a score per scorer each time, and a regular
   * expression match cost more than the rest of the checks together.
   */
  private static boolean isKebabCase(String id) {
    if (id.isEmpty() || !isLetter(id.charAt(0)) || id.charAt(id.length() - 1) == '-') {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean hyphenAfterHyphen = c == '-' && id.charAt(i - 1) == '-';
      if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '-') || hyphenAfterHyphen) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Whether the score was measured (and so counts in the overall). */
  public boolean measured() {
    return band != Band.UNMEASURED;
  }
}
