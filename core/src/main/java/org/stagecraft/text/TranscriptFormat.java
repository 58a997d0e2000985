package org.stagecraft.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The transcript formats Stagecraft reads. */
public enum TranscriptFormat {
  /** {@code Name: text} lines, optionally led by timestamps. Extension {@code .txt}. */
  PLAIN_TEXT("txt"),
  /** WebVTT, as Zoom, Teams and Meet export it. Extension {@code .vtt}. */
  WEBVTT("vtt"),
  /** SRT subtitles. Extension {@code .srt}. */
  SRT("srt"),
  /** CSV with a header naming speaker, text and optional start and end. Extension {@code .csv}. */
  CSV("csv");

  private final String extension;

  TranscriptFormat(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format a file name's extension names, or null if it names none. */
  static @Nullable TranscriptFormat byFileName(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (TranscriptFormat format : values()) {
      if (format.extension.equals(ext)) {
        return format;
      }
    }
    return null;
  }

  /** The format the first bytes of an input suggest (a BOM and leading blank lines skipped). */
  static TranscriptFormat sniff(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    String trimmed = text.stripLeading();
    if (trimmed.startsWith("WEBVTT")) {
      return WEBVTT;
    }
    String[] lines = trimmed.split("\n", 3);
    if (lines.length >= 2 && lines[0].strip().chars().allMatch(Character::isDigit)
        && !lines[0].isBlank() && lines[1].contains("-->")) {
      return SRT;
    }
    if (CsvParser.isHeader(lines[0])) {
      return CSV;
    }
    return PLAIN_TEXT;
  }

  TranscriptParser parser() {
    return switch (this) {
      case PLAIN_TEXT -> new PlainTextParser();
      case WEBVTT -> new WebVttParser();
      case SRT -> new SrtParser();
      case CSV -> new CsvParser();
    };
  }
}
