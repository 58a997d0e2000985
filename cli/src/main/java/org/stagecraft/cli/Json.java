package org.stagecraft.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON configuration of the command: stable field order, no platform defaults. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, true);
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  private static final ObjectWriter LINE = MAPPER.writer();

  private Json() {}

  /** {@code value} as indented JSON, for reports a person may open. */
  static String pretty(Object value) {
    return write(PRETTY, value);
  }

  /** {@code value} on one line, for JSON Lines. */
  static String line(Object value) {
    return write(LINE, value);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Our records hold strings, numbers and lists only: failing here is a bug, not bad input.
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
