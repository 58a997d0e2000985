package org.stagecraft.score;

/**
 * Numbers in explanations, written without {@link String#format}: scorers run after every event
 * of a live call, and a formatter costs more than the scoring itself. Half-up rounding, as
 * {@code %.0f} and {@code %.1f} do; the values are never negative.
 */
final class Numbers {
  private Numbers() {}

  /** {@code x} rounded to a whole number: {@code 42.5} gives {@code "43"}. */
  static String whole(double x) {
    return Long.toString(Math.round(x));
  }

  /** {@code x} with one decimal: {@code 0.64} gives {@code "0.6"}. */
  static String oneDecimal(double x) {
    long tenths = Math.round(x * 10);
    return tenths / 10 + "." + tenths % 10;
  }

  /** A share of 1 as a whole percentage: {@code 0.425} gives {@code "43%"}. */
  static String percent(double share) {
    return whole(share * 100) + "%";
  }
}
