package org.stagecraft;

/** Who spoke or acted: the seller, the prospect, or anyone else on the call. */
public enum SpeakerRole {
  /** The person selling. */
  SELLER,
  /** The person being sold to. */
  PROSPECT,
  /** Anyone else: a colleague, an assistant, a voicemail system. */
  OTHER;

  /** The name in words, e.g. {@code prospect}, for messages. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
