package org.stagecraft.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Shortfall;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Signal;
import org.stagecraft.Stage;
import org.stagecraft.Violation;

/**
 * Assertions on one {@link Violation}: the rule, where it happened, what was attempted and what
 * was missing. Reach it with {@link StagecraftAssertions#assertThat(Violation)}, for example on
 * {@code ((Outcome.Rejected) outcome).violation()}. Every failure message ends with the whole
 * violation.
 *
 * <p>Not thread-safe, like every AssertJ assertion object. Not final so that {@link
 * StagecraftSoftAssertions} can collect its failures.
 */
public class ViolationAssert extends AbstractAssert<ViolationAssert, Violation> {

  /**
   * Starts assertions on {@code actual}; prefer {@link StagecraftAssertions#assertThat(
   * Violation)}.
   */
  public ViolationAssert(@Nullable Violation actual) {
    super(actual, ViolationAssert.class);
  }

  /**
   * Verifies the rule broken.
   *
   * @throws NullPointerException if {@code expected} is null
   */
  public ViolationAssert hasRule(Violation.Rule expected) {
    return expect("rule", checkNotNull(expected, "expected"), present().rule());
  }

  /** Verifies the index of the rejected event. */
  public ViolationAssert isAtEvent(int expected) {
    return expect("event index", expected, present().eventIndex());
  }

  /**
   * Verifies the stage the conversation was in, and stayed in.
   *
   * @throws NullPointerException if {@code expected} is null
   */
  public ViolationAssert isInStage(Stage expected) {
    return expect("stage", checkNotNull(expected, "expected"), present().stage());
  }

  /**
   * Verifies the stage the event tried to enter.
   *
   * @throws NullPointerException if {@code expected} is null
   */
  public ViolationAssert hasAttempted(Stage expected) {
    return expect("attempted stage", checkNotNull(expected, "expected"), present().attempted());
  }

  /**
   * Verifies the signal that made the attempt and who showed it.
   *
   * @throws NullPointerException if an argument is null
   */
  public ViolationAssert wasMadeBy(Signal signal, SpeakerRole by) {
    checkNotNull(signal, "signal");
    checkNotNull(by, "by");
    Violation violation = present();
    if (violation.signal() != signal || violation.by() != by) {
      report("Expecting the attempt to be made by:\n  %s (%s)\nbut it was made by:\n  %s", signal,
          by.label(), violation.signal() == null ? "a stage request"
              : violation.signal() + " (" + Objects.requireNonNull(violation.by()).label() + ")");
    }
    return this;
  }

  /**
   * Verifies exactly what was missing, in the engine's words and order ({@code "goal
   * (prospect)"}, {@code "open question (seller): 2 of 3"}; see {@link Shortfall#describe()}).
   *
   * @throws NullPointerException if an argument is null
   */
  public ViolationAssert hasMissing(String... missing) {
    List<String> wanted = List.of(checkNotNull(missing, "missing"));
    List<String> found = Context.missing(present());
    if (!found.equals(wanted)) {
      report("Expecting these criteria to be missing:\n  %s\nbut the missing criteria were:\n  %s",
          wanted, found);
    }
    return this;
  }

  /**
   * Verifies that the violation's message contains {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public ViolationAssert hasMessageContaining(String text) {
    checkNotNull(text, "text");
    Violation violation = present();
    if (!violation.message().contains(text)) {
      report("Expecting the violation's message to contain:\n  \"%s\"\nbut it was:\n  \"%s\"",
          text, violation.message());
    }
    return this;
  }

  private ViolationAssert expect(String what, Object expected, Object found) {
    if (!expected.equals(found)) {
      report("Expecting the violation's %s to be:\n  %s\nbut was:\n  %s", what, expected, found);
    }
    return this;
  }

  private Violation present() {
    isNotNull();
    return actual;
  }

  private void report(String format, Object... arguments) {
    failWithMessage("%s", String.format(format, arguments) + "\nviolation: " + actual);
  }
}
