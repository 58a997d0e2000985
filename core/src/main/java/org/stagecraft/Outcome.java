package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * What applying one event did: {@link Accepted} or {@link Rejected}. Either way {@link
 * #conversation()} is the conversation to continue with.
 */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected {

  /** The conversation after the event. */
  Conversation conversation();

  /** Whether the event was accepted. */
  boolean accepted();

  /**
   * The event was accepted: its signal counted, its talk recorded, and perhaps the stage changed.
   *
   * @param conversation the conversation after the event
   * @param stageChange the move it made, or null if the stage stayed
   */
  record Accepted(Conversation conversation, @Nullable StageChange stageChange)
      implements Outcome {
    /**
     * Validates the outcome.
     *
     * @throws NullPointerException if {@code conversation} is null
     */
    public Accepted {
      checkNotNull(conversation, "conversation");
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /**
   * The event broke a rule. The conversation's stage, signals, counts and talk are as before; its
   * record grows by the event and this violation.
   *
   * @param conversation the conversation after the event
   * @param violation the rule broken and what is missing
   */
  record Rejected(Conversation conversation, Violation violation) implements Outcome {
    /**
     * Validates the outcome.
     *
     * @throws NullPointerException if an argument is null
     */
    public Rejected {
      checkNotNull(conversation, "conversation");
      checkNotNull(violation, "violation");
    }

    @Override
    public boolean accepted() {
      return false;
    }
  }
}
