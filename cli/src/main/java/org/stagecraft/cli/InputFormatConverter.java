package org.stagecraft.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.stagecraft.text.TranscriptFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --input-format}: a format's file extension ({@code vtt}) or its name. */
final class InputFormatConverter implements ITypeConverter<TranscriptFormat> {
  static final String CHOICES = Arrays.stream(TranscriptFormat.values())
      .map(TranscriptFormat::extension).collect(Collectors.joining(", "));

  @Override
  public TranscriptFormat convert(String value) {
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    for (TranscriptFormat format : TranscriptFormat.values()) {
      if (format.extension().equals(wanted)
          || format.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return format;
      }
    }
    throw new TypeConversionException(
        "unknown input format '" + value + "' (expected one of " + CHOICES + ")");
  }
}
