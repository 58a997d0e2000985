package org.stagecraft.text;

import java.util.List;

/** Reads one format into raw turns; speakers get their roles afterwards. */
interface TranscriptParser {
  /**
   * Parses every line.
   *
   * @throws TranscriptParseException on input that is not in the format
   */
  List<RawTurn> parse(LineSource lines);
}
