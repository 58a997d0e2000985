package org.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stagecraft.Playbooks;
import org.stagecraft.text.TranscriptReader;
import org.stagecraft.text.Transcripts;

class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void text_report_of_one_call_shows_the_stages_the_scorecard_and_each_violation() {
    Cli run = Cli.run("score", Cli.sample("pitch-first.srt"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("== " + Cli.sample("pitch-first.srt") + " (18 utterances;")
        .contains("Stages: RAPPORT @0 -> DISCOVERY @")
        .contains("Scorecard: consultative")
        .contains("close-style")
        .containsPattern("utterance \\d+ \\(Oswin Gallowglass \\(Rep\\), line \\d+\\): "
            + "EXIT_CRITERIA_NOT_MET: close attempted");
  }

  @Test
  void json_report_has_every_documented_field_and_agrees_with_the_library() throws Exception {
    Path file = Path.of(Cli.sample("pitch-first.srt"));
    Cli run = Cli.run("score", "--format", "json", file.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode call = JSON.readTree(run.out());
    var expected = Transcripts.score(TranscriptReader.defaults().read(file),
        Playbooks.consultative());
    assertThat(call.fieldNames()).toIterable().containsExactly("source", "playbook",
        "finalStage", "ended", "utterances", "speakers", "stages", "overall", "overallBand",
        "scores", "violations", "signals", "warnings");
    assertThat(call.get("source").asText()).isEqualTo(file.toString());
    assertThat(call.get("playbook").asText()).isEqualTo("consultative");
    assertThat(call.get("finalStage").asText())
        .isEqualTo(expected.conversation().stage().name());
    assertThat(call.get("overall").asInt()).isEqualTo(expected.overall());
    assertThat(call.get("stages").get(0).get("stage").asText()).isEqualTo("RAPPORT");
    assertThat(call.get("stages").get(0).get("utterance").asInt()).isZero();
    assertThat(call.get("scores")).hasSize(expected.scores().size());
    for (JsonNode score : call.get("scores")) {
      assertThat(score.fieldNames()).toIterable().contains("id", "value", "band", "explanation",
          "evidence", "tip");
    }
    assertThat(call.get("violations")).hasSize(expected.violations().size());
    // the close before discovery was complete (the pitch before it may break a rule too)
    JsonNode violation = StreamSupport.stream(call.get("violations").spliterator(), false)
        .filter(v -> v.get("rule").asText().equals("EXIT_CRITERIA_NOT_MET")).findFirst()
        .orElseThrow();
    assertThat(violation.get("stage").asText()).isEqualTo("DISCOVERY");
    assertThat(violation.get("message").asText()).startsWith("close attempted");
    assertThat(violation.get("missing").get(0).get("what").asText()).isNotEmpty();
    int utterance = violation.get("utterance").asInt();
    assertThat(call.get("signals").get(utterance).get("signals").toString())
        .contains("ASKED_FOR_SALE");
    assertThat(call.get("signals")).hasSize(call.get("utterances").asInt());
  }

  @Test
  void a_folder_is_scored_as_an_array_in_file_order_with_the_summary_on_stderr()
      throws Exception {
    Cli run = Cli.run("score", "--format", "json", Cli.SAMPLES.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode calls = JSON.readTree(run.out());
    assertThat(calls.isArray()).isTrue();
    assertThat(calls).hasSize(16);
    assertThat(calls.get(0).get("source").asText()).endsWith("discovery-first.csv");
    assertThat(run.err()).contains("16 scored, 0 failed");
  }

  @Test
  void the_batch_is_the_same_on_one_thread_and_on_many() {
    Cli one = Cli.run("score", "--format", "json", "--threads", "1", Cli.SAMPLES.toString());
    Cli many = Cli.run("score", "--format", "json", "--threads", "4", Cli.SAMPLES.toString());

    assertThat(many.out()).isEqualTo(one.out());
  }

  @Test
  void a_bad_file_in_a_batch_is_listed_and_the_rest_are_still_scored(@TempDir Path dir)
      throws Exception {
    Files.copy(Path.of(Cli.sample("discovery-first.txt")), dir.resolve("a-good.txt"));
    Files.write(dir.resolve("b-binary.txt"), new byte[] {'R', 'e', 'p', ':', 0, 1, 2, 3});

    Cli run = Cli.run("score", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("== " + dir.resolve("a-good.txt"))
        .containsPattern("b-binary.txt\\s+FAILED: b-binary.txt:1:\\d+: ")
        .contains("1 scored, 1 failed");
    assertThat(run.err()).contains("stagecraft: " + dir.resolve("b-binary.txt") + ": ")
        .doesNotContain("\tat org.");
  }

  @Test
  void out_writes_one_report_per_call_and_an_index_that_ranks_them(@TempDir Path dir)
      throws Exception {
    Cli run = Cli.run("score", "--format", "html", "--out", dir.toString(),
        Cli.sample("pitch-first.txt"), Cli.sample("discovery-first.txt"),
        Cli.sample("no-fit.txt"));

    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("pitch-first.txt.html")).exists();
    assertThat(dir.resolve("discovery-first.txt.html")).exists();
    String index = Files.readString(dir.resolve("index.html"));
    assertThat(index.indexOf("discovery-first.txt.html"))
        .isLessThan(index.indexOf("no-fit.txt.html"));
    assertThat(index.indexOf("no-fit.txt.html")).isLessThan(index.indexOf("pitch-first.txt.html"));
    assertThat(run.err()).contains("3 scored, 0 failed");
  }

  @Test
  void json_and_text_reports_can_be_written_to_files(@TempDir Path dir) throws Exception {
    assertThat(Cli.run("score", "--format", "json", "--out", dir.toString(),
        Cli.sample("no-fit.vtt")).exitCode()).isZero();
    assertThat(JSON.readTree(dir.resolve("no-fit.vtt.json").toFile()).get("playbook").asText())
        .isEqualTo("consultative");

    assertThat(Cli.run("score", "--out", dir.toString(), Cli.sample("no-fit.vtt")).exitCode())
        .isZero();
    assertThat(Files.readString(dir.resolve("no-fit.vtt.txt"))).contains("Scorecard:");
  }

  @Test
  void html_reports_are_self_contained_and_escape_the_transcript(@TempDir Path dir)
      throws Exception {
    Path call = dir.resolve("call.txt");
    Files.writeString(call, "Rep: What brings you here <script>alert(1)</script>?\n"
        + "Customer: Our renewals keep slipping & it hurts.\n");

    assertThat(Cli.run("score", "--format", "html", "--out", dir.resolve("out").toString(),
        call.toString()).exitCode()).isZero();

    String html = Files.readString(dir.resolve("out/call.txt.html"));
    assertThat(html).doesNotContain("<script").doesNotContain("src=\"http")
        .doesNotContain("href=\"http").contains("&lt;script&gt;").contains("&amp; it hurts");
  }

  @Test
  void redact_leaves_what_was_said_out_of_json_and_html(@TempDir Path dir) throws Exception {
    Path file = Path.of(Cli.sample("discovery-first.txt"));
    String firstWords = TranscriptReader.defaults().read(file).turns().get(0).text();

    Cli json = Cli.run("score", "--format", "json", "--redact", file.toString());
    Cli html = Cli.run("score", "--format", "html", "--redact", "--out", dir.toString(),
        file.toString());
    Cli jsonl = Cli.run("signals", "--format", "jsonl", "--redact", file.toString());

    JsonNode call = JSON.readTree(json.out());
    assertThat(call.get("signals")).allSatisfy(u -> assertThat(u.get("text").isNull()).isTrue());
    assertThat(call.get("signals").get(0).get("speaker").asText()).isNotEmpty();
    assertThat(json.out()).doesNotContain(firstWords);
    assertThat(jsonl.out()).doesNotContain(firstWords).contains("\"text\":null");
    for (String line : jsonl.out().lines().toList()) {
      assertThat(JSON.readTree(line).get("matched")).isEmpty();
    }
    String page = Files.readString(dir.resolve("discovery-first.txt.html"));
    assertThat(page).doesNotContain(firstWords).contains("[redacted]");
    assertThat(Cli.run("score", "--format", "json", file.toString()).out()).contains(firstWords);
  }

  @Test
  void index_links_keep_odd_file_names_whole(@TempDir Path dir) throws Exception {
    Path call = Files.copy(Path.of(Cli.sample("no-fit.txt")), dir.resolve("call #1 50%.txt"));

    Cli run = Cli.run("score", "--format", "html", "--out", dir.resolve("out").toString(),
        call.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("out").resolve("call #1 50%.txt.html")).exists();
    assertThat(Files.readString(dir.resolve("out/index.html")))
        .contains("href=\"call%20%231%2050%25.txt.html\"");
  }
}
