package org.stagecraft.testkit.scenario;

/** A check run right after its step; throws {@link AssertionError} when it does not hold. */
@FunctionalInterface
interface Expectation {
  void check(StepResult result);
}
