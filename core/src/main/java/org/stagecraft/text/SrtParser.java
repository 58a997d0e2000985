package org.stagecraft.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** SRT subtitles: blocks of a cue number, a timing line ({@code 00:00:01,000 --> ...}), text. */
final class SrtParser implements TranscriptParser {
  @Override
  public List<RawTurn> parse(LineSource lines) {
    List<Cues.Cue> cues = new ArrayList<>();
    String line = lines.next();
    while (line != null) {
      if (line.isBlank()) {
        line = lines.next();
        continue;
      }
      if (!line.strip().chars().allMatch(Character::isDigit)) {
        throw lines.error(1, "expected a cue number, then a timing line and the cue's text");
      }
      line = lines.next();
      Duration[] times = line == null ? null : Cues.timing(line);
      if (times == null) {
        throw lines.error(1, "expected a timing line such as '00:00:01,000 --> 00:00:04,000'");
      }
      line = Cues.readPayload(lines, times, cues);
    }
    return Cues.turns(cues, lines);
  }
}
