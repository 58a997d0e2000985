package org.stagecraft.event;

import static com.google.common.base.Preconditions.checkNotNull;

import org.stagecraft.Stage;

/**
 * An explicit request to move to a stage, for hosts that track stages themselves (a CRM stage
 * gate, an AI agent choosing its next move). The engine allows it only along a transition of the
 * playbook whose guard holds.
 *
 * @param target the stage to move to
 */
public record StageRequest(Stage target) implements ConversationEvent {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if {@code target} is null
   */
  public StageRequest {
    checkNotNull(target, "target");
  }

  /** A request to move to {@code target}. */
  public static StageRequest to(Stage target) {
    return new StageRequest(target);
  }
}
