package org.stagecraft.cli;

import java.util.stream.Collectors;
import org.stagecraft.Violation;
import org.stagecraft.text.Turn;

/** One scored call as plain text: where it went, the scorecard, and each broken rule. */
final class TextReport {
  private TextReport() {}

  static String render(CallReport report) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(report.path()).append(" (").append(report.transcript().turns().size())
        .append(" utterances; ")
        .append(report.transcript().speakers().entrySet().stream()
            .map(e -> e.getKey() + " = " + e.getValue().label()).collect(Collectors.joining(", ")))
        .append(")\n");
    out.append("Stages: ").append(report.stages().stream()
        .map(s -> s.stage() + " @" + s.first()).collect(Collectors.joining(" -> "))).append('\n');
    out.append(report.scorecard().toText());
    for (Violation v : report.scorecard().violations()) {
      int at = report.utteranceOf(v.eventIndex());
      Turn turn = report.transcript().turns().get(at);
      out.append("  utterance ").append(at).append(" (").append(turn.speaker()).append(", line ")
          .append(turn.line()).append("): ").append(v.rule()).append(": ").append(v.message())
          .append('\n');
    }
    for (String warning : report.transcript().warnings()) {
      out.append("warning: ").append(warning).append('\n');
    }
    return out.toString();
  }
}
