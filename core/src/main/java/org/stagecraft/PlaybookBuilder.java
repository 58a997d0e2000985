package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the definition of a {@link Playbook}; {@link #build()} verifies it over the whole stage
 * graph and returns an immutable playbook.
 *
 * <p>Methods throw at once only for null arguments. Structural mistakes (an unknown stage, a
 * duplicate, a broken ordering rule) are collected and reported together by {@link #build()}, so
 * one run shows every problem.
 *
 * <p>Not thread-safe: build a playbook on one thread, then share the result freely.
 */
public final class PlaybookBuilder {
  record StageDef(Stage stage, boolean terminal) {}

  record Ownership(Stage stage, Signal signal, @Nullable SpeakerRole by) {}

  record TransitionDef(Stage from, Stage to, Transition.Kind kind, Criterion extra) {}

  final String name;
  String description = "";
  final Map<Stage, StageDef> stages = new LinkedHashMap<>();
  @Nullable Stage start;
  final Map<Stage, Criterion> exitCriteria = new LinkedHashMap<>();
  final List<Ownership> ownerships = new ArrayList<>();
  final Set<Signal> customSignals = new LinkedHashSet<>();
  final List<TransitionDef> transitions = new ArrayList<>();
  final Set<Stage> interrupts = new LinkedHashSet<>();
  final List<OrderingRule> orderingRules = new ArrayList<>();
  final Map<String, Double> scoreWeights = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();

  PlaybookBuilder(String name) {
    this.name = checkNotNull(name, "name");
    if (name.isBlank()) {
      problems.add("the playbook needs a name that is not blank");
    }
  }

  /** Sets a one-line description, shown in diagrams and reports. */
  public PlaybookBuilder description(String description) {
    this.description = checkNotNull(description, "description");
    return this;
  }

  /**
   * Declares a non-terminal stage that owns {@code signals} from anyone: seeing one of them in an
   * earlier stage is an attempt to enter this one. The first stage declared is the start unless
   * {@link #startAt(Stage)} says otherwise.
   */
  public PlaybookBuilder stage(Stage stage, Signal... signals) {
    return declare(stage, false, signals);
  }

  /** Declares a terminal stage: the conversation ends there. Owns {@code signals} from anyone. */
  public PlaybookBuilder terminalStage(Stage stage, Signal... signals) {
    return declare(stage, true, signals);
  }

  private PlaybookBuilder declare(Stage stage, boolean terminal, Signal... signals) {
    checkNotNull(stage, "stage");
    if (stages.putIfAbsent(stage, new StageDef(stage, terminal)) != null) {
      problems.add("stage " + stage + " is declared twice");
    }
    for (Signal signal : signals) {
      ownerships.add(new Ownership(stage, checkNotNull(signal, "signal"), null));
    }
    return this;
  }

  /** Makes {@code stage} the start; it must be declared too. */
  public PlaybookBuilder startAt(Stage stage) {
    this.start = checkNotNull(stage, "stage");
    return this;
  }

  /** Makes {@code stage} own {@code signals} when {@code by} shows them (and not otherwise). */
  public PlaybookBuilder owns(Stage stage, SpeakerRole by, Signal... signals) {
    checkNotNull(stage, "stage");
    checkNotNull(by, "by");
    for (Signal signal : signals) {
      ownerships.add(new Ownership(stage, checkNotNull(signal, "signal"), by));
    }
    return this;
  }

  /** Sets what must hold before the conversation may leave {@code stage} along a guarded move. */
  public PlaybookBuilder exitCriteria(Stage stage, Criterion criteria) {
    checkNotNull(stage, "stage");
    checkNotNull(criteria, "criteria");
    if (exitCriteria.putIfAbsent(stage, criteria) != null) {
      problems.add("exit criteria of " + stage + " are set twice");
    }
    return this;
  }

  /** Allows {@code from → to} once the exit criteria of {@code from} hold. */
  public PlaybookBuilder transition(Stage from, Stage to) {
    return transition(from, to, Criterion.always());
  }

  /** Allows {@code from → to} once the exit criteria of {@code from} and {@code extra} hold. */
  public PlaybookBuilder transition(Stage from, Stage to, Criterion extra) {
    return add(from, to, Transition.Kind.GUARDED, extra);
  }

  /**
   * Allows {@code from → to} without the exit criteria of {@code from}, for honest early endings
   * such as referring out on no fit. Such a move does not complete {@code from}.
   */
  public PlaybookBuilder unguardedTransition(Stage from, Stage to) {
    return add(from, to, Transition.Kind.UNGUARDED, Criterion.always());
  }

  private PlaybookBuilder add(Stage from, Stage to, Transition.Kind kind, Criterion extra) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(extra, "extra");
    if (from == to) {
      problems.add("transition " + from + " -> " + to + " does not change stage; a stage keeps "
          + "signals it owns without a transition");
    } else {
      transitions.add(new TransitionDef(from, to, kind, extra));
    }
    return this;
  }

  /**
   * Allows a move from every non-terminal stage to the terminal stage {@code target}, unguarded:
   * a right that holds anywhere, like the prospect's right to stop the seller.
   */
  public PlaybookBuilder interrupt(Stage target) {
    if (!interrupts.add(checkNotNull(target, "target"))) {
      problems.add("interrupt to " + target + " is declared twice");
    }
    return this;
  }

  /** Declares signals of this playbook's own; the well-known ones are always declared. */
  public PlaybookBuilder signals(Signal... signals) {
    for (Signal signal : signals) {
      customSignals.add(checkNotNull(signal, "signal"));
    }
    return this;
  }

  /**
   * Declares, for each target, the rule "every path from the start to the target passes a
   * completed {@code prerequisite}"; {@link #build()} proves it over all paths.
   */
  public PlaybookBuilder requireCompleted(Stage prerequisite, Stage... targets) {
    checkNotNull(prerequisite, "prerequisite");
    for (Stage target : targets) {
      if (checkNotNull(target, "target") == prerequisite) {
        problems.add("ordering rule names " + target + " as its own prerequisite");
      } else {
        orderingRules.add(new OrderingRule(prerequisite, target));
      }
    }
    return this;
  }

  /**
   * Sets how much the score {@code scorerId} counts in a scorecard's overall value (default 1; 0
   * leaves it out of the overall). Lets a team tune scoring without code.
   *
   * @throws IllegalArgumentException if the weight is negative, infinite or not a number
   */
  public PlaybookBuilder scoreWeight(String scorerId, double weight) {
    checkNotNull(scorerId, "scorerId");
    if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "score weight for " + scorerId + " must be finite and not negative: " + weight);
    }
    scoreWeights.put(scorerId, weight);
    return this;
  }

  /**
   * Verifies the definition and returns the playbook.
   *
   * @throws PlaybookValidationException listing every problem: unknown or duplicate stages and
   *     signals, transitions out of terminal stages, unreachable stages, non-terminal dead ends,
   *     broken ordering rules (with the path that breaks them), too many signals, stages or
   *     counters
   */
  public Playbook build() {
    PlaybookCompiler compiler = new PlaybookCompiler(this);
    ImmutableList<String> found = compiler.problems();
    if (!found.isEmpty()) {
      throw new PlaybookValidationException(name, found);
    }
    return compiler.playbook();
  }
}
