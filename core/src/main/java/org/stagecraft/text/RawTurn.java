package org.stagecraft.text;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A turn as a parser builds it, before its speaker has a role. Mutable, so that a turn grown
 * line by line or cue by cue costs time linear in its text. Not thread-safe; one parser owns it.
 */
final class RawTurn {
  private final String speaker;
  /** The text of the first line or cue; more is appended to {@link #more} (null until then). */
  private final String first;
  private @Nullable StringBuilder more;
  private final @Nullable Duration start;
  private @Nullable Duration end;
  private final int line;

  RawTurn(String speaker, String text, @Nullable Duration start, @Nullable Duration end,
      int line) {
    this.speaker = speaker;
    this.first = text;
    this.start = start;
    this.end = end;
    this.line = line;
  }

  /** Appends more text, separated by a space. */
  void append(String text) {
    if (text.isEmpty()) {
      return;
    }
    if (more == null) {
      more = new StringBuilder(first);
    }
    if (more.length() > 0) {
      more.append(' ');
    }
    more.append(text);
  }

  void end(@Nullable Duration newEnd) {
    this.end = newEnd;
  }

  String speaker() {
    return speaker;
  }

  String text() {
    return more == null ? first : more.toString();
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
