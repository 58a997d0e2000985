package org.stagecraft.cli;

import java.util.List;
import java.util.Locale;
import org.stagecraft.score.Band;

/** The table that ends a batch: one row per file, scored or not. */
final class SummaryTable {
  private SummaryTable() {}

  static String render(List<BatchResult> results) {
    int width = Math.max(4, results.stream()
        .mapToInt(r -> r.path().toString().length()).max().orElse(0));
    String row = "%-" + width + "s  %7s  %-10s  %-16s  %10s%n";
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, row, "file", "overall", "band", "final stage",
        "violations"));
    int failed = 0;
    for (BatchResult result : results) {
      if (result instanceof BatchResult.Scored scored) {
        var card = scored.report().scorecard();
        boolean measured = card.overallBand() != Band.UNMEASURED;
        out.append(String.format(Locale.ROOT, row, result.path(),
            measured ? String.valueOf(card.overall()) : "-", card.overallBand().label(),
            card.conversation().stage().name(), card.violations().size()));
      } else if (result instanceof BatchResult.Failed failure) {
        failed++;
        out.append(String.format(Locale.ROOT, "%-" + width + "s  FAILED: %s%n", result.path(),
            failure.error()));
      }
    }
    out.append(String.format(Locale.ROOT, "%d scored, %d failed%n", results.size() - failed,
        failed));
    return out.toString();
  }
}
