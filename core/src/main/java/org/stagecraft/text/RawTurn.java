package org.stagecraft.text;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A turn as a parser found it, before its speaker has a role. */
record RawTurn(String speaker, String text, @Nullable Duration start, @Nullable Duration end,
    int line) {

  RawTurn withText(String more) {
    return new RawTurn(speaker, text.isEmpty() ? more : text + " " + more, start, end, line);
  }

  RawTurn withEnd(@Nullable Duration newEnd) {
    return new RawTurn(speaker, text, start, newEnd, line);
  }
}
