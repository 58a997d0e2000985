package org.stagecraft.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code Name: text} lines, each optionally led by a timestamp ({@code [00:01:02]},
 * {@code (01:02)} or {@code 00:01:02}); other lines continue the previous turn. A turn with a
 * timestamp ends where the next one starts; the last has no end.
 */
final class PlainTextParser implements TranscriptParser {
  @Override
  public List<RawTurn> parse(LineSource lines) {
    List<RawTurn> turns = new ArrayList<>();
    for (String raw = lines.next(); raw != null; raw = lines.next()) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      int indent = raw.indexOf(line.charAt(0)); // columns count from the raw line
      Duration start = null;
      int at = 0;
      int stamp = timestampEnd(line);
      if (stamp > 0) {
        start = Times.clock(line, line.charAt(0) == '[' || line.charAt(0) == '(' ? 1 : 0,
            line.charAt(stamp - 1) == ']' || line.charAt(stamp - 1) == ')' ? stamp - 1 : stamp);
        at = stamp;
        while (at < line.length() && line.charAt(at) == ' ') {
          at++;
        }
      }
      int colon = Speakers.prefixEnd(line, at);
      if (colon >= 0) {
        String speaker = Speakers.trimmed(line, at, colon);
        if (start != null && !turns.isEmpty()) {
          RawTurn previous = turns.get(turns.size() - 1);
          if (previous.start() != null && previous.end() == null) {
            previous.end(max(previous.start(), start));
          }
        }
        turns.add(new RawTurn(speaker, Speakers.trimmed(line, colon + 1, line.length()), start,
            null, lines.lineNumber()));
      } else if (turns.isEmpty()) {
        throw start != null
            ? lines.error(indent + at + 1, "expected a speaker after the timestamp, as "
                + "'Name: text'")
            : lines.error(indent + 1, "expected 'Name: text' (a speaker, a colon, then what they "
                + "said); lines without a speaker continue the turn before them, and this is the "
                + "first");
      } else {
        turns.get(turns.size() - 1).append(line); // "10:30 tomorrow?" continues, time and all
      }
    }
    return turns;
  }

  /** Where a leading timestamp and its brackets end, or 0 if the line has none. */
  private static int timestampEnd(String line) {
    char open = line.charAt(0);
    if (open == '[' || open == '(') {
      int close = line.indexOf(open == '[' ? ']' : ')');
      return close > 0 && Times.clock(line, 1, close) != null ? close + 1 : 0;
    }
    int space = line.indexOf(' ');
    int end = space < 0 ? line.length() : space;
    return Times.clock(line, 0, end) != null ? end : 0;
  }

  private static Duration max(@Nullable Duration a, Duration b) {
    return a != null && a.compareTo(b) > 0 ? a : b;
  }
}
