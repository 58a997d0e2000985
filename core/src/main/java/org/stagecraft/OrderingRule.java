package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * "Every path from the start to {@code target} passes a completed {@code prerequisite}": a rule a
 * playbook declares and that {@link PlaybookBuilder#build()} proves over the whole stage graph. A
 * stage is completed by leaving it along a {@link Transition.Kind#GUARDED} transition, which needs
 * its exit criteria.
 *
 * @param prerequisite the stage that must be completed first, e.g. {@link Stage#DISCOVERY}
 * @param target the stage that must not be reached before, e.g. {@link Stage#CLOSE}
 */
public record OrderingRule(Stage prerequisite, Stage target) {

  /**
   * Validates the rule.
   *
   * @throws NullPointerException if either stage is null
   * @throws IllegalArgumentException if they are the same stage
   */
  public OrderingRule {
    checkNotNull(prerequisite, "prerequisite");
    checkNotNull(target, "target");
    checkArgument(prerequisite != target, "a stage cannot be its own prerequisite: %s", target);
  }

  @Override
  public String toString() {
    return prerequisite + " completed before " + target;
  }
}
