package org.stagecraft.event;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An out-of-call touch: an email, a call, a message. Touches feed effort balance: a seller whose
 * touches go unanswered is chasing.
 *
 * @param channel how the touch was made
 * @param direction who reached out to whom
 * @param answered whether the other side replied
 */
public record Touch(Channel channel, Direction direction, boolean answered)
    implements ConversationEvent {

  /** How a touch was made. */
  public enum Channel {
    /** An email. */
    EMAIL,
    /** A phone or video call outside the conversation. */
    CALL,
    /** A text or chat message. */
    MESSAGE,
    /** A voicemail. */
    VOICEMAIL,
    /** Anything else. */
    OTHER
  }

  /** Who reached out to whom. */
  public enum Direction {
    /** The seller reached out to the prospect. */
    SELLER_TO_PROSPECT,
    /** The prospect reached out to the seller. */
    PROSPECT_TO_SELLER
  }

  /**
   * Validates the event.
   *
   * @throws NullPointerException if {@code channel} or {@code direction} is null
   */
  public Touch {
    checkNotNull(channel, "channel");
    checkNotNull(direction, "direction");
  }
}
