package org.stagecraft.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CSV with a header row (RFC 4180 quoting; quoted fields may span lines). Needs a speaker and a
 * text column; start and end are optional, as clock times or seconds. Column names are matched
 * without regard to case: speaker (or name, participant), text (or utterance, transcript,
 * content, message), start (or start_time, begin), end (or end_time, stop).
 */
final class CsvParser implements TranscriptParser {
  private static final Map<String, String> COLUMNS = Map.ofEntries(
      Map.entry("speaker", "speaker"), Map.entry("name", "speaker"),
      Map.entry("participant", "speaker"), Map.entry("text", "text"),
      Map.entry("utterance", "text"), Map.entry("transcript", "text"),
      Map.entry("content", "text"), Map.entry("message", "text"), Map.entry("start", "start"),
      Map.entry("start_time", "start"), Map.entry("begin", "start"), Map.entry("end", "end"),
      Map.entry("end_time", "end"), Map.entry("stop", "end"));

  /** Whether {@code line} looks like a header this parser reads: a speaker and a text column. */
  static boolean isHeader(String line) {
    boolean speaker = false;
    boolean text = false;
    for (String field : line.split(",", -1)) {
      String column = COLUMNS.get(field.strip().replace("\"", "").toLowerCase(Locale.ROOT));
      speaker |= "speaker".equals(column);
      text |= "text".equals(column);
    }
    return speaker && text;
  }

  @Override
  public List<RawTurn> parse(LineSource lines) {
    String first = lines.next();
    if (first == null) {
      return List.of();
    }
    List<String> header = record(lines, first);
    int speaker = -1;
    int text = -1;
    int start = -1;
    int end = -1;
    for (int i = 0; i < header.size(); i++) {
      String column = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
      if ("speaker".equals(column) && speaker < 0) {
        speaker = i;
      } else if ("text".equals(column) && text < 0) {
        text = i;
      } else if ("start".equals(column) && start < 0) {
        start = i;
      } else if ("end".equals(column) && end < 0) {
        end = i;
      }
    }
    width = header.size();
    if (speaker < 0 || text < 0) {
      throw lines.error(1, "expected a header with a speaker and a text column; found "
          + header);
    }
    bounds = new int[2 * width];
    List<RawTurn> turns = new ArrayList<>();
    for (first = lines.next(); first != null; first = lines.next()) {
      if (plain(first)) { // most rows: read in place, no field cut that is not kept
        turns.add(plainTurn(first, speaker, text, start, end, header, lines));
        continue;
      }
      List<String> row = record(lines, first);
      int line = recordLine;
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new TranscriptParseException(lines.source(), line, 1, -1, "expected "
            + header.size() + " fields as in the header, found " + row.size());
      }
      String name = row.get(speaker).strip();
      if (name.isEmpty()) {
        throw new TranscriptParseException(lines.source(), line, 1, -1,
            "expected a speaker in column '" + header.get(speaker) + "'");
      }
      Duration from = start < 0 ? null : time(row.get(start), 0, row.get(start).length(),
          header.get(start), lines, line);
      Duration to = end < 0 ? null : time(row.get(end), 0, row.get(end).length(),
          header.get(end), lines, line);
      // quoted newlines join lines with spaces, as in every other format
      turns.add(turn(name, row.get(text).strip().replace('\n', ' '), from, to, lines, line));
    }
    return turns;
  }

  private int recordLine;

  /**
   * The turn of a {@link #plain} row, its fields read from the line where {@link #bounds} puts
   * them: the same checks and the same turn as the general way.
   */
  private RawTurn plainTurn(String row, int speaker, int text, int start, int end,
      List<String> header, LineSource lines) {
    int line = lines.lineNumber();
    recordLine = line;
    int[] at = bounds;
    int nameFrom = Cues.skipBlanks(row, at[2 * speaker], at[2 * speaker + 1]);
    int nameTo = Cues.trimBlanks(row, nameFrom, at[2 * speaker + 1]);
    if (nameFrom == nameTo) {
      throw new TranscriptParseException(lines.source(), line, 1, -1,
          "expected a speaker in column '" + header.get(speaker) + "'");
    }
    String name = speaker(row, nameFrom, nameTo);
    Duration from = start < 0 ? null
        : time(row, at[2 * start], at[2 * start + 1], header.get(start), lines, line);
    Duration to = end < 0 ? null
        : time(row, at[2 * end], at[2 * end + 1], header.get(end), lines, line);
    int textFrom = Cues.skipBlanks(row, at[2 * text], at[2 * text + 1]);
    // one line: no newline to join
    String said = row.substring(textFrom, Cues.trimBlanks(row, textFrom, at[2 * text + 1]));
    return turn(name, said, from, to, lines, line);
  }

  /** The turn, refusing one that ends before it starts. */
  private static RawTurn turn(String name, String text, @Nullable Duration from,
      @Nullable Duration to, LineSource lines, int line) {
    if (from != null && to != null && to.compareTo(from) < 0) {
      throw new TranscriptParseException(lines.source(), line, 1, -1,
          "the turn ends (" + to + ") before it starts (" + from + ")");
    }
    return new RawTurn(name, text, from, to, line);
  }

  /**
   * The time in {@code field[from, to)} of column {@code column}, blanks around it ignored; null
   * if it is blank.
   */
  private static @Nullable Duration time(
      String field, int from, int to, String column, LineSource lines, int line) {
    int timeFrom = Cues.skipBlanks(field, from, to);
    int timeTo = Cues.trimBlanks(field, timeFrom, to);
    if (timeFrom == timeTo) {
      return null;
    }
    Duration time = Times.clockOrSeconds(field, timeFrom, timeTo);
    if (time == null) {
      throw new TranscriptParseException(lines.source(), line, 1, -1, "expected a time such as "
          + "'00:01:02.5' or '62.5' in column '" + column + "', found '"
          + field.substring(timeFrom, timeTo) + "'");
    }
    return time;
  }

  /** Speakers' names met lately: a row of a speaker met before shares the name's String. */
  private final @Nullable String[] names = new String[4];

  private String speaker(String row, int from, int to) {
    for (String name : names) {
      if (name != null && name.length() == to - from && row.startsWith(name, from)) {
        return name;
      }
    }
    String name = row.substring(from, to);
    System.arraycopy(names, 0, names, 1, names.length - 1);
    names[0] = name;
    return name;
  }

  /** Where each field of a {@link #plain} row starts and ends: field {@code k} at [2k, 2k+1]. */
  private int[] bounds = new int[0];

  /**
   * Whether {@code line} is a whole record of as many fields as the header, each unquoted or
   * quoted without a doubled quote inside, and closed on the line; if so, {@link #bounds} holds
   * where each field's text is. Any other line (a short or long row, a quote out of place, a
   * quoted field that goes on to the next line) is read the general way, with its errors.
   */
  private boolean plain(String line) {
    int length = line.length();
    int i = 0;
    for (int k = 0; k < width; k++) {
      int from;
      int to;
      int next;
      if (i < length && line.charAt(i) == '"') {
        from = i + 1;
        to = line.indexOf('"', from);
        next = to + 1;
        if (to < 0 || (next < length && line.charAt(next) != ',')) {
          return false;
        }
      } else {
        from = i;
        to = i;
        while (to < length && line.charAt(to) != ',') {
          if (line.charAt(to) == '"') {
            return false;
          }
          to++;
        }
        next = to;
      }
      bounds[2 * k] = from;
      bounds[2 * k + 1] = to;
      if (next == length) {
        return k == width - 1;
      }
      i = next + 1;
    }
    return false; // more fields than the header
  }

  /** A quoted field's text as it is unquoted; reused from record to record. */
  private final StringBuilder quoted = new StringBuilder();

  /** Fields in the header, to size each record's list once. */
  private int width = 4;

  /**
   * The fields of the record that starts with {@code first}, reading more lines while a quoted
   * field is open. An unquoted field is cut from the line in one piece; a quoted one is copied in
   * runs between its quotes.
   */
  private List<String> record(LineSource lines, String first) {
    String line = first;
    recordLine = lines.lineNumber();
    List<String> fields = new ArrayList<>(width);
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        quoted.setLength(0);
        i++;
        int quote = line.indexOf('"', i);
        while (quote < 0 || (quote + 1 < line.length() && line.charAt(quote + 1) == '"')) {
          if (quote < 0) { // the field goes on on the next line
            quoted.append(line, i, line.length()).append('\n');
            line = lines.next();
            if (line == null) {
              throw new TranscriptParseException(lines.source(), recordLine, 1, -1,
                  "a quoted field that starts here is never closed; expected a closing '\"'");
            }
            i = 0;
          } else { // a doubled quote stands for one
            quoted.append(line, i, quote + 1);
            i = quote + 2;
          }
          quote = line.indexOf('"', i);
        }
        quoted.append(line, i, quote);
        i = quote + 1;
        int end = unquotedEnd(line, i, lines);
        fields.add(quoted.append(line, i, end).toString()); // text after the closing quote
        i = end;
      } else {
        int end = unquotedEnd(line, i, lines);
        fields.add(line.substring(i, end));
        i = end;
      }
      if (i == line.length()) {
        return fields;
      }
      i++; // past the comma
    }
  }

  /** Where the unquoted text from {@code from} ends: at a comma or the line's end. */
  private static int unquotedEnd(String line, int from, LineSource lines) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ',') {
        return i;
      }
      if (c == '"') {
        throw lines.error(i + 1, "unexpected '\"' inside an unquoted field; quote the whole "
            + "field and double the quotes inside it");
      }
    }
    return line.length();
  }
}
