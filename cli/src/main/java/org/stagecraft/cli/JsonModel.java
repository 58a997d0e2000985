package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Shortfall;
import org.stagecraft.Violation;
import org.stagecraft.score.Band;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorecard;
import org.stagecraft.spi.Detection;
import org.stagecraft.text.ClassifiedTranscript;
import org.stagecraft.text.Turn;

/**
 * The JSON shapes the command writes, as records Jackson serializes field by field in declaration
 * order. {@code docs/cli.md} documents every field; change both together.
 */
final class JsonModel {
  private JsonModel() {}

  /** One scored call ({@code stagecraft score --format json}). */
  record Call(
      String source, String playbook, String finalStage, boolean ended, int utterances,
      ImmutableMap<String, String> speakers, ImmutableList<StageJson> stages,
      @Nullable Integer overall, String overallBand, ImmutableList<ScoreJson> scores,
      ImmutableList<ViolationJson> violations, ImmutableList<UtteranceJson> signals,
      ImmutableList<String> warnings) {}

  /** A stage entered at {@code utterance} (0-based). */
  record StageJson(String stage, int utterance) {}

  /** One score; {@code evidence} holds utterance indices. */
  record ScoreJson(
      String id, @Nullable Integer value, String band, double weight, String explanation,
      ImmutableList<Integer> evidence, String tip) {}

  /** One broken rule, pinned to the utterance whose signal broke it. */
  record ViolationJson(
      String rule, String stage, String attempted, int utterance, @Nullable String signal,
      @Nullable String by, String message, ImmutableList<MissingJson> missing) {}

  /** One unmet criterion: {@code have} of {@code need}. */
  record MissingJson(String what, int have, int need) {}

  /**
   * One utterance and the signals found in it ({@code stagecraft signals --format jsonl}); no
   * text when redacted.
   */
  record UtteranceJson(
      int index, String speaker, String role, @Nullable Double start, @Nullable Double end,
      @Nullable String text, ImmutableList<String> signals, ImmutableList<String> rules,
      ImmutableList<String> matched) {}

  static Call call(CallReport report, UtteranceText text) {
    Scorecard card = report.scorecard();
    var conversation = report.conversation();
    ImmutableMap.Builder<String, String> speakers = ImmutableMap.builder();
    report.transcript().speakers().forEach((name, role) -> speakers.put(name, role.label()));
    ImmutableList.Builder<ScoreJson> scores = ImmutableList.builder();
    for (int i = 0; i < card.scores().size(); i++) {
      Score score = card.scores().get(i);
      scores.add(new ScoreJson(score.id(), score.measured() ? score.value() : null,
          score.band().label(), card.weights().get(i), score.explanation(),
          utterances(report, score.evidence()), score.tip()));
    }
    return new Call(
        report.path().toString(), conversation.playbook().name(), conversation.stage().name(),
        conversation.isEnded(), report.transcript().turns().size(), speakers.build(),
        report.stages().stream().map(s -> new StageJson(s.stage(), s.first()))
            .collect(ImmutableList.toImmutableList()),
        card.overallBand() == Band.UNMEASURED ? null : card.overall(),
        card.overallBand().label(), scores.build(),
        card.violations().stream().map(v -> violation(report, v))
            .collect(ImmutableList.toImmutableList()),
        utterances(report.classified(), text), report.transcript().warnings());
  }

  static ImmutableList<UtteranceJson> utterances(ClassifiedTranscript classified,
      UtteranceText text) {
    ImmutableList.Builder<UtteranceJson> out = ImmutableList.builder();
    for (int i = 0; i < classified.transcript().turns().size(); i++) {
      Turn turn = classified.transcript().turns().get(i);
      ImmutableList<Detection> found = classified.detections().get(i);
      out.add(new UtteranceJson(i, turn.speaker(), turn.role().label(), seconds(turn.start()),
          seconds(turn.end()), text.of(turn),
          found.stream().map(d -> d.signal().name()).collect(ImmutableList.toImmutableList()),
          found.stream().map(Detection::rule).collect(ImmutableList.toImmutableList()),
          // The matched words are what was said, so redaction leaves them out too.
          text == UtteranceText.REDACTED ? ImmutableList.of()
              : found.stream().map(Detection::matched).collect(ImmutableList.toImmutableList())));
    }
    return out.build();
  }

  private static ViolationJson violation(CallReport report, Violation v) {
    return new ViolationJson(v.rule().name(), v.stage().name(), v.attempted().name(),
        report.utteranceOf(v.eventIndex()), v.signal() == null ? null : v.signal().name(),
        v.by() == null ? null : v.by().label(), v.message(),
        v.missing().stream().map(JsonModel::missing).collect(ImmutableList.toImmutableList()));
  }

  private static MissingJson missing(Shortfall shortfall) {
    return new MissingJson(shortfall.describe(), shortfall.have(), shortfall.need());
  }

  /** Event indices as the distinct utterances that made them, in order. */
  static ImmutableList<Integer> utterances(CallReport report, ImmutableList<Integer> events) {
    Set<Integer> turns = new LinkedHashSet<>();
    events.forEach(e -> turns.add(report.utteranceOf(e)));
    return ImmutableList.copyOf(turns);
  }

  private static @Nullable Double seconds(@Nullable Duration at) {
    return at == null ? null : at.toMillis() / 1000.0;
  }
}
