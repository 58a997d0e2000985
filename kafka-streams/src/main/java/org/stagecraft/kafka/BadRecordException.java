package org.stagecraft.kafka;

import org.stagecraft.StagecraftException;

/**
 * A record of the events topic that cannot be read as an event of the playbook: not JSON, a
 * missing or unknown field, a value outside its range, a signal or stage the playbook lacks. The
 * processor routes such records to the dead-letter topic with this message as the reason. The
 * message names the field and what was expected; it never quotes utterance text.
 */
public final class BadRecordException extends StagecraftException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message says what was expected and what was found. */
  public BadRecordException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the parser's error as its cause. */
  public BadRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
