package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.jspecify.annotations.Nullable;

/**
 * A broken sales rule: an event tried to move the conversation where the playbook does not allow
 * it yet. The conversation keeps its stage and records this instead; it is data, never an
 * exception.
 *
 * @param rule which rule was broken
 * @param eventIndex the index of the offending event in the conversation
 * @param stage the stage the conversation was (and stays) in
 * @param attempted the stage the event tried to enter
 * @param signal the signal that made the attempt, or null for a {@link
 *     org.stagecraft.event.StageRequest}
 * @param by who showed the signal, or null for a stage request
 * @param missing what still has to hold, in the order the guards list it; empty when nothing could
 *     make the move legal
 * @param message one sentence for a person: what was attempted, where, and what is missing
 */
public record Violation(
    Rule rule,
    int eventIndex,
    Stage stage,
    Stage attempted,
    @Nullable Signal signal,
    @Nullable SpeakerRole by,
    ImmutableList<Shortfall> missing,
    String message) {

  /** The rules the engine enforces. */
  public enum Rule {
    /** The move is allowed, but its guard (the stage's exit criteria) does not hold yet. */
    EXIT_CRITERIA_NOT_MET,
    /** The attempted stage lies ahead, but not next: stages in between would be skipped. */
    STAGE_SKIPPED,
    /** The playbook has no way from the current stage to the attempted one. */
    NO_TRANSITION,
    /** The conversation already ended in a terminal stage. */
    CONVERSATION_ENDED
  }

  /**
   * Validates the violation.
   *
   * @throws NullPointerException if a required field is null
   * @throws IllegalArgumentException if {@code eventIndex} is negative
   */
  public Violation {
    checkNotNull(rule, "rule");
    checkArgument(eventIndex >= 0, "eventIndex must not be negative: %s", eventIndex);
    checkNotNull(stage, "stage");
    checkNotNull(attempted, "attempted");
    missing = ImmutableList.copyOf(checkNotNull(missing, "missing"));
    checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return "event " + eventIndex + ": " + rule + ": " + message;
  }
}
