package org.stagecraft;

/**
 * Thrown when bytes cannot be restored as a conversation: not a snapshot, a newer format,
 * truncated, corrupted, or taken with a different playbook. Nothing is restored in that case.
 */
public final class SnapshotException extends StagecraftException {
  private static final long serialVersionUID = 1L;

  private final int offset;

  SnapshotException(String message, int offset) {
    super(message + " (at byte " + offset + ")");
    this.offset = offset;
  }

  /** The byte offset where the problem was found. */
  public int offset() {
    return offset;
  }
}
