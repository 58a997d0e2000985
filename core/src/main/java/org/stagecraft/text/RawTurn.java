package org.stagecraft.text;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A turn as a parser builds it, before its speaker has a role. Mutable, so that a turn grown
 * line by line or cue by cue costs time linear in its text. Not thread-safe; one parser owns it.
 */
final class RawTurn {
  private final String speaker;
  private final StringBuilder text;
  private final @Nullable Duration start;
  private @Nullable Duration end;
  private final int line;

  RawTurn(String speaker, String text, @Nullable Duration start, @Nullable Duration end,
      int line) {
    this.speaker = speaker;
    this.text = new StringBuilder(text);
    this.start = start;
    this.end = end;
    this.line = line;
  }

  /** Appends more text, separated by a space. */
  void append(String more) {
    if (more.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(more);
  }

  void end(@Nullable Duration newEnd) {
    this.end = newEnd;
  }

  String speaker() {
    return speaker;
  }

  String text() {
    return text.toString();
  }

  @Nullable Duration start() {
    return start;
  }

  @Nullable Duration end() {
    return end;
  }

  int line() {
    return line;
  }
}
