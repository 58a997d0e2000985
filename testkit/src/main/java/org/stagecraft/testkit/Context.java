package org.stagecraft.testkit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.stagecraft.Conversation;
import org.stagecraft.Shortfall;
import org.stagecraft.Stage;
import org.stagecraft.Violation;

/**
 * The lines a failure message adds so a person can fix the conversation without a debugger: the
 * stage history, the violations and what is still missing. Every assertion of the testkit ends
 * its conversation failures with them; custom assertions can too. Holds no utterance text (the
 * engine never keeps it).
 *
 * <p>Stateless and thread-safe.
 */
public final class Context {
  private Context() {}

  /**
   * The stage history, violations and what the current stage still needs, each on a line of its
   * own that starts with a line break.
   *
   * @throws NullPointerException if {@code conversation} is null
   */
  public static String of(Conversation conversation) {
    return "\nstage history: " + conversation.history() + "\nviolations: "
        + violations(conversation.violations()) + missing(conversation);
  }

  /** As {@link #of}, less the violations: for messages that have listed them already. */
  static String withoutViolations(Conversation conversation) {
    return "\nstage history: " + conversation.history() + missing(conversation);
  }

  private static String missing(Conversation conversation) {
    StringBuilder out = new StringBuilder();
    if (!conversation.isEnded()) {
      ImmutableList<Shortfall> missing = conversation.missingToExit();
      out.append("\nstill missing to leave ").append(conversation.stage()).append(": ")
          .append(missing.isEmpty() ? "nothing" : describe(missing));
    }
    return out.toString();
  }

  /** The violations one per line, or {@code none}. */
  static String violations(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "none";
    }
    return violations.stream().map(v -> "\n  - " + v).collect(Collectors.joining());
  }

  /** The shortfalls in words, as the engine writes them. */
  static String describe(List<Shortfall> missing) {
    return missing.stream().map(Shortfall::describe).collect(Collectors.joining(", "));
  }

  /** What a violation said was missing, in the engine's words. */
  static ImmutableList<String> missing(Violation violation) {
    return violation.missing().stream().map(Shortfall::describe)
        .collect(ImmutableList.toImmutableList());
  }

  /** The stages entered, in order. */
  static ImmutableList<Stage> stagesEntered(Conversation conversation) {
    return conversation.history().stream().map(e -> e.stage())
        .collect(ImmutableList.toImmutableList());
  }
}
