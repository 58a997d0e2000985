package org.stagecraft.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * WebVTT as video-call tools export it: the {@code WEBVTT} header, then cues of an optional
 * identifier, a timing line and payload lines; NOTE, STYLE and REGION blocks are skipped.
 */
final class WebVttParser implements TranscriptParser {
  @Override
  public List<RawTurn> parse(LineSource lines) {
    String header = lines.next();
    if (header == null) {
      throw lines.error(1, "empty input: expected the header 'WEBVTT' on the first line");
    }
    if (!(header.equals("WEBVTT") || header.startsWith("WEBVTT ")
        || header.startsWith("WEBVTT\t"))) {
      throw lines.error(1, "expected the header 'WEBVTT' on the first line");
    }
    List<Cues.Cue> cues = new ArrayList<>();
    String line = skipBlock(lines); // header lines such as "Kind: captions" run to a blank line
    while (line != null) {
      if (line.isBlank()) {
        line = lines.next();
        continue;
      }
      int blockLine = lines.lineNumber();
      if (isBlock(line, "NOTE") || isBlock(line, "STYLE") || isBlock(line, "REGION")) {
        line = skipBlock(lines);
        continue;
      }
      Duration[] times = Cues.timing(line);
      if (times == null) { // an identifier; the timing line must follow
        line = lines.next();
        times = line == null ? null : Cues.timing(line);
        if (times == null) {
          throw lines.error(1, "expected a cue timing line such as "
              + "'00:00:01.000 --> 00:00:04.000' after the cue identifier on line " + blockLine);
        }
      }
      line = Cues.readPayload(lines, times, cues);
    }
    return Cues.turns(cues, lines);
  }

  private static boolean isBlock(String line, String keyword) {
    return line.equals(keyword) || line.startsWith(keyword + " ")
        || line.startsWith(keyword + "\t");
  }

  private static @Nullable String skipBlock(LineSource lines) {
    String line = lines.next();
    while (line != null && !line.isBlank()) {
      line = lines.next();
    }
    return line;
  }
}
