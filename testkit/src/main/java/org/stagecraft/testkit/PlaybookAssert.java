package org.stagecraft.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.stagecraft.OrderingRule;
import org.stagecraft.Playbook;
import org.stagecraft.Stage;
import org.stagecraft.Transition;

/**
 * Assertions on a built {@link Playbook}: its stages, start, terminal stages, transitions and
 * ordering rules. Reach it with {@link StagecraftAssertions#assertThat(Playbook)}. (A playbook
 * that exists has passed verification; to test verification itself, assert on its {@link
 * org.stagecraft.PlaybookBuilder} with {@link PlaybookBuilderAssert}.)
 *
 * <p>Not thread-safe, like every AssertJ assertion object. Not final so that {@link
 * StagecraftSoftAssertions} can collect its failures.
 */
public class PlaybookAssert extends AbstractAssert<PlaybookAssert, Playbook> {

  /**
   * Starts assertions on {@code actual}; prefer {@link StagecraftAssertions#assertThat(
   * Playbook)}.
   */
  public PlaybookAssert(@Nullable Playbook actual) {
    super(actual, PlaybookAssert.class);
  }

  /**
   * Verifies the stages, exactly and in declaration order.
   *
   * @throws NullPointerException if an argument is null
   */
  public PlaybookAssert hasStages(Stage... expected) {
    List<Stage> wanted = List.of(checkNotNull(expected, "expected"));
    isNotNull();
    if (!actual.stages().equals(wanted)) {
      report("Expecting the stages, in declaration order:\n  %s\nbut they are:\n  %s", wanted,
          actual.stages());
    }
    return this;
  }

  /**
   * Verifies the start stage.
   *
   * @throws NullPointerException if {@code expected} is null
   */
  public PlaybookAssert startsAt(Stage expected) {
    checkNotNull(expected, "expected");
    isNotNull();
    if (actual.startStage() != expected) {
      report("Expecting the playbook to start at:\n  %s\nbut it starts at:\n  %s", expected,
          actual.startStage());
    }
    return this;
  }

  /**
   * Verifies that each of {@code stages} is a stage of the playbook and terminal.
   *
   * @throws NullPointerException if an argument is null
   */
  public PlaybookAssert hasTerminalStages(Stage... stages) {
    checkArgument(checkNotNull(stages, "stages").length > 0, "name at least one stage");
    isNotNull();
    List<Stage> terminal = actual.stages().stream().filter(actual::isTerminal).toList();
    List<Stage> wrong = Arrays.stream(stages).filter(s -> !terminal.contains(s)).toList();
    if (!wrong.isEmpty()) {
      report("Expecting terminal stages:\n  %s\nbut these are not terminal stages:\n  %s\n"
          + "terminal stages: %s", List.of(stages), wrong, terminal);
    }
    return this;
  }

  /**
   * Verifies that the playbook has a transition {@code from -> to}.
   *
   * @throws NullPointerException if an argument is null
   */
  public PlaybookAssert allowsTransition(Stage from, Stage to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    isNotNull();
    if (actual.transition(from, to).isEmpty()) {
      report("Expecting a transition %s -> %s, but there is none.\ntransitions out of %s: %s",
          from, to, from, transitionsFrom(from));
    }
    return this;
  }

  /**
   * Verifies that the playbook has no transition {@code from -> to}.
   *
   * @throws NullPointerException if an argument is null
   */
  public PlaybookAssert doesNotAllowTransition(Stage from, Stage to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    isNotNull();
    if (actual.transition(from, to).isPresent()) {
      report("Expecting no transition %s -> %s, but there is:\n  %s", from, to,
          actual.transition(from, to).orElseThrow());
    }
    return this;
  }

  /**
   * Verifies that the playbook declares (and so has proved) the ordering rule "{@code
   * prerequisite} completed before {@code target}".
   *
   * @throws NullPointerException if an argument is null
   */
  public PlaybookAssert requiresCompleted(Stage prerequisite, Stage target) {
    checkNotNull(prerequisite, "prerequisite");
    checkNotNull(target, "target");
    isNotNull();
    OrderingRule rule = new OrderingRule(prerequisite, target);
    if (!actual.orderingRules().contains(rule)) {
      report("Expecting the ordering rule:\n  %s\nbut the playbook's ordering rules are:\n  %s",
          rule, actual.orderingRules());
    }
    return this;
  }

  private List<Transition> transitionsFrom(Stage from) {
    return actual.transitions().stream().filter(t -> t.from() == from).toList();
  }

  private void report(String format, Object... arguments) {
    failWithMessage("%s", "playbook '" + actual.name() + "': " + String.format(format, arguments));
  }
}
