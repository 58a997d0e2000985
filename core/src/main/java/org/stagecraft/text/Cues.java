package org.stagecraft.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What WebVTT and SRT share: timed cues, each with a payload whose speaker is named by a voice
 * tag ({@code <v Name>}), a {@code [Name]} label or a {@code Name:} prefix. A cue with no speaker
 * continues the previous speaker; consecutive cues of one speaker become one turn (first start,
 * last end), since captioners split turns into short cues.
 */
final class Cues {
  /** One cue: its times, its payload lines joined, and the line where its text starts. */
  record Cue(Duration start, Duration end, String payload, int payloadLine) {}

  private Cues() {}

  /** The timing line {@code start --> end [settings]}, or null if it is not one. */
  static Duration @Nullable [] timing(String line) {
    int arrow = line.indexOf("-->");
    if (arrow < 0) {
      return null;
    }
    String left = line.substring(0, arrow).strip();
    String right = line.substring(arrow + 3).strip();
    int space = right.indexOf(' ');
    Duration start = Times.clock(left);
    Duration end = Times.clock(space < 0 ? right : right.substring(0, space));
    return start == null || end == null ? null : new Duration[] {start, end};
  }

  /** The cue's times, refusing a cue that ends before it starts. */
  static Duration[] ordered(Duration[] times, LineSource lines) {
    if (times[1].compareTo(times[0]) < 0) {
      throw lines.error(1, "the cue ends (" + times[1] + ") before it starts (" + times[0] + ")");
    }
    return times;
  }

  /**
   * Reads a cue's payload: the lines after its timing line, up to a blank line or the end, joined
   * with spaces; adds the cue if it has text. Returns the line that ended it (blank) or null.
   */
  static @Nullable String readPayload(LineSource lines, Duration[] times, List<Cue> cues) {
    ordered(times, lines);
    int payloadLine = lines.lineNumber() + 1;
    StringBuilder payload = new StringBuilder();
    String line;
    for (line = lines.next(); line != null && !line.isBlank(); line = lines.next()) {
      payload.append(payload.length() == 0 ? "" : " ").append(line.strip());
    }
    if (payload.length() > 0) {
      cues.add(new Cue(times[0], times[1], payload.toString(), payloadLine));
    }
    return line;
  }

  static List<RawTurn> turns(List<Cue> cues, LineSource lines) {
    List<RawTurn> turns = new ArrayList<>();
    String speaker = null;
    for (Cue cue : cues) {
      String payload = cue.payload();
      String named = null;
      String text;
      if (payload.startsWith("<v")) {
        int close = payload.indexOf('>');
        String tag = close < 0 ? "" : payload.substring(2, close);
        int space = tag.indexOf(' ');
        named = space < 0 ? null : tag.substring(space + 1).strip();
        text = stripTags(close < 0 ? payload : payload.substring(close + 1));
      } else if (payload.startsWith("[") && payload.indexOf(']') > 1) {
        named = payload.substring(1, payload.indexOf(']')).strip();
        text = stripTags(payload.substring(payload.indexOf(']') + 1));
      } else if (Speakers.name(payload) != null) {
        named = Speakers.name(payload);
        text = stripTags(Speakers.afterName(payload));
      } else {
        text = stripTags(payload);
      }
      if (named != null && !named.isEmpty()) {
        speaker = named;
      } else if (speaker == null) {
        throw new TranscriptParseException(lines.source(), cue.payloadLine(), 1, -1,
            "expected the cue to name its speaker, as '<v Name>text', '[Name] text' or "
                + "'Name: text'; no earlier cue names one either");
      }
      RawTurn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
      if (last != null && last.speaker().equals(speaker)) {
        turns.set(turns.size() - 1, last.withText(text).withEnd(
            cue.end().compareTo(last.start()) >= 0 ? cue.end() : last.end()));
      } else {
        turns.add(new RawTurn(speaker, text, cue.start(), cue.end(), cue.payloadLine()));
      }
    }
    return turns;
  }

  /** The text without markup tags such as {@code <i>}, {@code </v>} or {@code <00:01.000>}. */
  static String stripTags(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inTag = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        inTag = true;
      } else if (c == '>' && inTag) {
        inTag = false;
      } else if (!inTag) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}
