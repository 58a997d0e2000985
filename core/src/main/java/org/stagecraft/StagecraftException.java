package org.stagecraft;

/**
 * The base of every exception Stagecraft throws on purpose, besides the standard
 * {@link NullPointerException} and {@link IllegalArgumentException} for caller mistakes. A broken
 * sales rule is never an exception: it is a {@link Violation}.
 */
public class StagecraftException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what was expected and what was found. */
  public StagecraftException(String message) {
    super(message);
  }

  /** Creates an exception with a message and its cause. */
  public StagecraftException(String message, Throwable cause) {
    super(message, cause);
  }
}
