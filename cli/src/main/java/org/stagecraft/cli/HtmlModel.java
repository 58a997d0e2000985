package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Shortfall;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.StageEntry;
import org.stagecraft.Violation;
import org.stagecraft.score.Band;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorecard;
import org.stagecraft.spi.Detection;
import org.stagecraft.text.Turn;

/**
 * What the HTML templates show, computed in Java so the templates only lay it out. Everything
 * here is escaped by jte when rendered.
 */
final class HtmlModel {
  private HtmlModel() {}

  /** One call's report page. */
  record Call(String source, String playbook, String finalStage, String overall, String band,
      Timeline timeline, Talk talk, ImmutableList<ScoreRow> scores, ImmutableList<String> topTips,
      ImmutableList<ViolationRow> violations, ImmutableList<UtteranceRow> utterances,
      PlaybookSvg diagram, String mermaid) {}

  /** How much each role spoke, in words, as whole percentages. */
  record Talk(int sellerPercent, int prospectPercent, long sellerWords, long prospectWords) {}

  record ScoreRow(String id, String value, String band, String explanation, String tip,
      ImmutableList<Integer> evidence) {}

  record ViolationRow(int utterance, String rule, String message, String missing) {}

  /** A coaching note pinned to an utterance: a broken rule or a score's tip. */
  record Note(String kind, String text) {}

  record UtteranceRow(int index, String time, String speaker, String role, String text,
      ImmutableList<String> signals, ImmutableList<Note> notes) {}

  /** The batch's index page: calls ranked by overall score, failures last. */
  record Index(ImmutableList<IndexRow> rows, int failed) {}

  record IndexRow(int rank, String source, @Nullable String href, String overall, String band,
      String finalStage, int violations, String error) {}

  static Call call(CallReport report, UtteranceText text) {
    Scorecard card = report.scorecard();
    ListMultimap<Integer, Note> notes = MultimapBuilder.treeKeys().arrayListValues().build();
    ImmutableList.Builder<ViolationRow> violations = ImmutableList.builder();
    for (Violation v : card.violations()) {
      int at = report.utteranceOf(v.eventIndex());
      String missing = v.missing().stream().map(Shortfall::describe)
          .collect(Collectors.joining("; "));
      violations.add(new ViolationRow(at, v.rule().name(), v.message(), missing));
      notes.put(at, new Note("violation", v.message()));
    }
    ImmutableList.Builder<ScoreRow> scores = ImmutableList.builder();
    for (Score s : card.scores()) {
      ImmutableList<Integer> evidence = JsonModel.utterances(report, s.evidence());
      boolean coachable = s.measured() && s.value() < 100 && !s.tip().isEmpty();
      if (coachable && !evidence.isEmpty()) {
        notes.put(evidence.get(0), new Note("tip", s.id() + ": " + s.tip()));
      }
      scores.add(new ScoreRow(s.id(), s.measured() ? String.valueOf(s.value()) : "-",
          s.band().label(), s.explanation(), coachable ? s.tip() : "", evidence));
    }
    ImmutableList.Builder<UtteranceRow> utterances = ImmutableList.builder();
    for (int i = 0; i < report.transcript().turns().size(); i++) {
      Turn turn = report.transcript().turns().get(i);
      String words = text.of(turn);
      utterances.add(new UtteranceRow(i, time(turn.start()), turn.speaker(), turn.role().label(),
          words == null ? "[redacted]" : words, report.classified().detections().get(i).stream()
              .map(Detection::signal).map(Signal::label).distinct()
              .collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(notes.get(i))));
    }
    var conversation = report.conversation();
    ImmutableSet<Stage> visited = conversation.history().stream().map(StageEntry::stage)
        .collect(ImmutableSet.toImmutableSet());
    return new Call(report.path().toString(), conversation.playbook().name(),
        conversation.stage().name(), overall(card), card.overallBand().label(),
        Timeline.of(report), talk(report), scores.build(), card.topTips(3), violations.build(),
        utterances.build(), PlaybookSvg.of(conversation.playbook(), visited),
        conversation.playbook().toMermaid());
  }

  static Index index(List<BatchResult> results, List<@Nullable String> hrefs) {
    record Entry(BatchResult result, @Nullable String href) {}
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      entries.add(new Entry(results.get(i), hrefs.get(i)));
    }
    // Best first; unmeasured calls after measured ones, failures last; ties keep input order.
    entries.sort(Comparator.comparingInt((Entry e) -> rankKey(e.result())));
    ImmutableList.Builder<IndexRow> rows = ImmutableList.builder();
    int rank = 0;
    int failed = 0;
    for (Entry entry : entries) {
      rank++;
      if (entry.result() instanceof BatchResult.Scored scored) {
        Scorecard card = scored.report().scorecard();
        rows.add(new IndexRow(rank, entry.result().path().toString(), link(entry.href()),
            overall(card), card.overallBand().label(), card.conversation().stage().name(),
            card.violations().size(), ""));
      } else if (entry.result() instanceof BatchResult.Failed failure) {
        failed++;
        rows.add(new IndexRow(rank, failure.path().toString(), null, "-", "failed", "-", 0,
            failure.error()));
      }
    }
    return new Index(rows.build(), failed);
  }

  /** Measured calls best first (keys -100 to 0), then unmeasured ones, then failures. */
  private static int rankKey(BatchResult result) {
    if (result instanceof BatchResult.Scored scored) {
      Scorecard card = scored.report().scorecard();
      return card.overallBand() == Band.UNMEASURED ? 1 : -card.overall();
    }
    return 2;
  }

  /** A report's file name as a relative link: "#", "?", ":" and "%" in it stay part of the name. */
  private static @Nullable String link(@Nullable String fileName) {
    return fileName == null ? null
        : URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String overall(Scorecard card) {
    return card.overallBand() == Band.UNMEASURED ? "-" : String.valueOf(card.overall());
  }

  private static Talk talk(CallReport report) {
    long seller = report.conversation().talk(SpeakerRole.SELLER).words();
    long prospect = report.conversation().talk(SpeakerRole.PROSPECT).words();
    long total = Math.max(1, seller + prospect);
    int sellerPercent = (int) Math.round(100.0 * seller / total);
    return new Talk(sellerPercent, seller + prospect == 0 ? 0 : 100 - sellerPercent, seller,
        prospect);
  }

  private static String time(@Nullable Duration at) {
    if (at == null) {
      return "";
    }
    long s = at.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
  }
}
