package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A guard over what has been observed so far: signals seen, how often, and by whom. Stages have
 * exit criteria and transitions may add their own; the engine checks them when the conversation
 * tries to move.
 *
 * <p>Criteria are immutable values. Counts are over accepted signals of the whole conversation, so
 * once a criterion holds it keeps holding.
 */
public sealed interface Criterion permits Criterion.Count, Criterion.AllOf, Criterion.AnyOf {

  /** The largest count a criterion may ask for. */
  int MAX_COUNT = 255;

  /** Holds once {@code signal} has been seen, from anyone. */
  static Criterion seen(Signal signal) {
    return new Count(signal, null, 1);
  }

  /** Holds once {@code signal} has been seen from {@code by}. */
  static Criterion seen(Signal signal, SpeakerRole by) {
    return new Count(signal, checkNotNull(by, "by"), 1);
  }

  /** Holds once {@code signal} has been seen at least {@code times} times, from anyone. */
  static Criterion atLeast(int times, Signal signal) {
    return new Count(signal, null, times);
  }

  /** Holds once {@code signal} has been seen at least {@code times} times from {@code by}. */
  static Criterion atLeast(int times, Signal signal, SpeakerRole by) {
    return new Count(signal, checkNotNull(by, "by"), times);
  }

  /** Holds when all of {@code criteria} hold; with none, always holds. */
  static Criterion allOf(Criterion... criteria) {
    return new AllOf(ImmutableList.copyOf(criteria));
  }

  /** Holds when at least one of {@code criteria} holds. */
  static Criterion anyOf(Criterion... criteria) {
    return new AnyOf(ImmutableList.copyOf(criteria));
  }

  /** The criterion that always holds. */
  static Criterion always() {
    return AllOf.EMPTY;
  }

  /** What the criterion asks for, in words: {@code 3 × open question (seller)}. */
  String describe();

  /**
   * {@code signal} seen at least {@code atLeast} times, from {@code by} or from anyone.
   *
   * @param signal the signal to count
   * @param by whose signals count, or null for anyone's
   * @param atLeast how many are needed, 1 to {@link #MAX_COUNT}
   */
  record Count(Signal signal, @Nullable SpeakerRole by, int atLeast) implements Criterion {
    /**
     * Validates the criterion.
     *
     * @throws NullPointerException if {@code signal} is null
     * @throws IllegalArgumentException if {@code atLeast} is outside 1 to {@link #MAX_COUNT}
     */
    public Count {
      checkNotNull(signal, "signal");
      checkArgument(
          atLeast >= 1 && atLeast <= MAX_COUNT,
          "a count criterion needs 1 to %s, not %s (signal %s)",
          MAX_COUNT,
          atLeast,
          signal);
    }

    @Override
    public String describe() {
      String who = by == null ? "" : " (" + by.label() + ")";
      return (atLeast == 1 ? "" : atLeast + " × ") + signal.label() + who;
    }
  }

  /**
   * All of the criteria.
   *
   * @param all the criteria; empty means always
   */
  record AllOf(ImmutableList<Criterion> all) implements Criterion {
    static final AllOf EMPTY = new AllOf(ImmutableList.of());

    /**
     * Validates the criterion.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public AllOf {
      all = ImmutableList.copyOf(checkNotNull(all, "all"));
    }

    @Override
    public String describe() {
      return all.isEmpty()
          ? "always"
          : all.stream().map(Criterion::describe).collect(Collectors.joining(", "));
    }
  }

  /**
   * At least one of the criteria.
   *
   * @param any the criteria, at least one
   */
  record AnyOf(ImmutableList<Criterion> any) implements Criterion {
    /**
     * Validates the criterion.
     *
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if the list is empty
     */
    public AnyOf {
      any = ImmutableList.copyOf(checkNotNull(any, "any"));
      checkArgument(!any.isEmpty(), "anyOf needs at least one criterion");
    }

    @Override
    public String describe() {
      return "one of (" + any.stream().map(Criterion::describe).collect(Collectors.joining(" | "))
          + ")";
    }
  }
}
