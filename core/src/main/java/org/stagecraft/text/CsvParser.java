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
    List<String> header = record(lines);
    if (header == null) {
      return List.of();
    }
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
    List<RawTurn> turns = new ArrayList<>();
    for (List<String> row = record(lines); row != null; row = record(lines)) {
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
      Duration from = time(row, start, header, lines, line);
      Duration to = time(row, end, header, lines, line);
      if (from != null && to != null && to.compareTo(from) < 0) {
        throw new TranscriptParseException(lines.source(), line, 1, -1,
            "the turn ends (" + to + ") before it starts (" + from + ")");
      }
      // quoted newlines join lines with spaces, as in every other format
      turns.add(new RawTurn(name, row.get(text).strip().replace('\n', ' '), from, to, line));
    }
    return turns;
  }

  private int recordLine;

  private static @Nullable Duration time(
      List<String> row, int column, List<String> header, LineSource lines, int line) {
    if (column < 0 || row.get(column).isBlank()) {
      return null;
    }
    Duration time = Times.clockOrSeconds(row.get(column).strip());
    if (time == null) {
      throw new TranscriptParseException(lines.source(), line, 1, -1, "expected a time such as "
          + "'00:01:02.5' or '62.5' in column '" + header.get(column) + "', found '"
          + row.get(column).strip() + "'");
    }
    return time;
  }

  /** A quoted field's text as it is unquoted; reused from record to record. */
  private final StringBuilder quoted = new StringBuilder();

  /** Fields in the header, to size each record's list once. */
  private int width = 4;

  /**
   * The next record's fields, reading more lines while a quoted field is open; null at end. An
   * unquoted field is cut from the line in one piece; a quoted one is copied in runs between
   * its quotes.
   */
  private @Nullable List<String> record(LineSource lines) {
    String line = lines.next();
    if (line == null) {
      return null;
    }
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
