package org.stagecraft.score;

/**
 * A score's value in words. The cut-offs (75 and 50) are our own choice, shared by every scorer
 * so a reader learns them once.
 */
public enum Band {
  /** 75 or more: keep doing this. */
  STRONG,
  /** 50 to 74: acceptable, with room to grow. */
  OK,
  /** Below 50: the first thing to coach. */
  WEAK,
  /** Nothing to measure yet (for example, no close in the call); left out of the overall. */
  UNMEASURED;

  private final String label = name().toLowerCase(java.util.Locale.ROOT);

  /** The band of a measured value. */
  public static Band of(int value) {
    return value >= 75 ? STRONG : value >= 50 ? OK : WEAK;
  }

  /** The name in words, e.g. {@code strong}. */
  public String label() {
    return label;
  }
}
