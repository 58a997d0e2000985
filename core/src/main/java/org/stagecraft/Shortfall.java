package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One part of a guard that does not hold yet, and how far the conversation got toward it: the
 * "what is missing" of a violation or a coaching hint.
 *
 * @param criterion the unmet criterion: a {@link Criterion.Count} or a {@link Criterion.AnyOf}
 * @param have how many of the needed signals were seen (for an unmet any-of: 0)
 * @param need how many are needed (for an any-of: 1)
 */
public record Shortfall(Criterion criterion, int have, int need) {

  /**
   * Validates the shortfall.
   *
   * @throws NullPointerException if {@code criterion} is null
   * @throws IllegalArgumentException unless {@code 0 <= have < need}
   */
  public Shortfall {
    checkNotNull(criterion, "criterion");
    checkArgument(have >= 0 && have < need, "a shortfall needs 0 <= have < need: %s of %s", have, need);
  }

  /** In words: {@code goal (prospect)} or {@code open question (seller): 2 of 3}. */
  public String describe() {
    if (criterion instanceof Criterion.Count count) {
      String who = count.by() == null ? "" : " (" + count.by().label() + ")";
      String what = count.signal().label() + who;
      return need == 1 ? what : what + ": " + have + " of " + need;
    }
    return criterion.describe();
  }

  @Override
  public String toString() {
    return describe();
  }
}
