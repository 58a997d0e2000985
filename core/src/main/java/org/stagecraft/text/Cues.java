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
    // the times are read in place, between the blanks around them
    int leftFrom = skipBlanks(line, 0, arrow);
    int leftTo = trimBlanks(line, leftFrom, arrow);
    int rightFrom = skipBlanks(line, arrow + 3, line.length());
    int rightTo = trimBlanks(line, rightFrom, line.length());
    int space = line.indexOf(' ', rightFrom);
    Duration start = Times.clock(line, leftFrom, leftTo);
    Duration end = Times.clock(line, rightFrom, space < 0 || space > rightTo ? rightTo : space);
    return start == null || end == null ? null : new Duration[] {start, end};
  }

  /** The first index in {@code text[from, to)} past white space (as String.strip sees it). */
  static int skipBlanks(CharSequence text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code text[from, to)} without its trailing white space. */
  static int trimBlanks(CharSequence text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
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
    String line = lines.next();
    if (line == null || line.isBlank()) {
      return line;
    }
    String first = line.strip(); // most cues have one line: no builder for them
    StringBuilder payload = null;
    for (line = lines.next(); line != null && !line.isBlank(); line = lines.next()) {
      if (payload == null) {
        payload = new StringBuilder(first);
      }
      payload.append(' ').append(line.strip());
    }
    cues.add(new Cue(times[0], times[1], payload == null ? first : payload.toString(),
        payloadLine));
    return line;
  }

  static List<RawTurn> turns(List<Cue> cues, LineSource lines) {
    List<RawTurn> turns = new ArrayList<>();
    String speaker = null;
    Duration lastStart = null;
    for (Cue cue : cues) {
      if (lastStart != null && cue.start().compareTo(lastStart) < 0) {
        lines.warn(cue.payloadLine(), "the cue starts at " + cue.start()
            + ", before the cue before it (" + lastStart + "); the order of the source is kept");
      }
      lastStart = cue.start();
      for (String[] part : voices(cue.payload())) {
        String named = part[0];
        if (named != null && !named.isEmpty()) {
          speaker = named;
        } else if (speaker == null) {
          throw new TranscriptParseException(lines.source(), cue.payloadLine(), 1, -1,
              "expected the cue to name its speaker, as '<v Name>text', '[Name] text' or "
                  + "'Name: text'; no earlier cue names one either");
        }
        RawTurn last = turns.isEmpty() ? null : turns.get(turns.size() - 1);
        if (last != null && last.speaker().equals(speaker)) {
          last.append(part[1]);
          if (cue.end().compareTo(last.start()) >= 0) {
            last.end(cue.end());
          }
        } else {
          turns.add(new RawTurn(speaker, part[1], cue.start(), cue.end(), cue.payloadLine()));
        }
      }
    }
    return turns;
  }

  /**
   * The payload split by speaker: {speaker or null, text} for each voice tag ({@code <v Name>}),
   * or one part for a {@code [Name]} label, a {@code Name:} prefix, or no name.
   */
  private static List<String[]> voices(String payload) {
    List<String[]> parts = new ArrayList<>();
    if (payload.startsWith("<v")) {
      int at = 0;
      while (at >= 0 && at < payload.length()) {
        int close = payload.indexOf('>', at);
        String tag = close < 0 ? "" : payload.substring(at + 2, close);
        int space = tag.indexOf(' ');
        String named = space < 0 ? null : tag.substring(space + 1).strip();
        int next = close < 0 ? -1 : payload.indexOf("<v", close);
        while (next >= 0 && next + 2 < payload.length() && payload.charAt(next + 2) != ' '
            && payload.charAt(next + 2) != '.') {
          next = payload.indexOf("<v", next + 2); // "<video>" is not a voice tag
        }
        String body = close < 0 ? stripTags(payload, at, payload.length())
            : stripTags(payload, close + 1, next < 0 ? payload.length() : next);
        parts.add(new String[] {named, body});
        at = next;
      }
    } else if (payload.startsWith("[") && payload.indexOf(']') > 1) {
      parts.add(new String[] {payload.substring(1, payload.indexOf(']')).strip(),
          stripTags(payload.substring(payload.indexOf(']') + 1))});
    } else if (Speakers.name(payload) != null) {
      parts.add(new String[] {Speakers.name(payload), stripTags(Speakers.afterName(payload))});
    } else {
      parts.add(new String[] {null, stripTags(payload)});
    }
    return parts;
  }

  /** The text without markup tags such as {@code <i>}, {@code </v>} or {@code <00:01.000>}. */
  static String stripTags(String text) {
    return stripTags(text, 0, text.length());
  }

  /**
   * {@code text[from, to)} without markup tags, stripped of white space at both ends. The text
   * between tags is copied in runs; an unclosed tag drops the rest.
   */
  private static String stripTags(String text, int from, int to) {
    int open = text.indexOf('<', from);
    if (open < 0 || open >= to) {
      return text.substring(from, to).strip();
    }
    StringBuilder out = new StringBuilder(to - from);
    int at = from;
    while (open >= 0 && open < to) {
      out.append(text, at, open);
      int close = text.indexOf('>', open + 1);
      at = close < 0 || close >= to ? to : close + 1;
      open = text.indexOf('<', at);
    }
    out.append(text, at, to);
    int end = trimBlanks(out, 0, out.length());
    return out.substring(skipBlanks(out, 0, end), end);
  }
}
