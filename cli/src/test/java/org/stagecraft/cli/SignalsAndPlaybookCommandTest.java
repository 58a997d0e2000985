package org.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stagecraft.Playbooks;
import org.stagecraft.text.EnglishSignalClassifier;
import org.stagecraft.text.TranscriptReader;
import org.stagecraft.text.Transcripts;

class SignalsAndPlaybookCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonl_has_one_object_per_utterance_with_the_signals_and_rules_of_the_classifier()
      throws Exception {
    Path file = Path.of(Cli.sample("discovery-first.vtt"));
    Cli run = Cli.run("signals", "--format", "jsonl", file.toString());

    assertThat(run.exitCode()).isZero();
    var classified = Transcripts.classify(TranscriptReader.defaults().read(file),
        EnglishSignalClassifier.create());
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(classified.transcript().turns().size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = JSON.readTree(lines.get(i));
      assertThat(line.get("index").asInt()).isEqualTo(i);
      assertThat(line.get("speaker").asText())
          .isEqualTo(classified.transcript().turns().get(i).speaker());
      assertThat(line.get("role").asText()).isIn("seller", "prospect", "other");
      assertThat(line.get("text").asText())
          .isEqualTo(classified.transcript().turns().get(i).text());
      assertThat(line.get("signals")).hasSize(classified.detections().get(i).size());
      for (int d = 0; d < classified.detections().get(i).size(); d++) {
        assertThat(line.get("signals").get(d).asText())
            .isEqualTo(classified.detections().get(i).get(d).signal().name());
        assertThat(line.get("rules").get(d).asText())
            .isEqualTo(classified.detections().get(i).get(d).rule());
      }
    }
  }

  @Test
  void text_lines_show_role_speaker_signal_rule_and_matched_words() {
    Cli run = Cli.run("signals", Cli.sample("pitch-first.txt"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("   0 seller   ");
    assertThat(run.out()).containsPattern("ASKED_FOR_SALE \\[[a-z.]+: \"[^\"]+\"\\]");
  }

  @Test
  void playbook_prints_the_library_diagrams() {
    Cli mermaid = Cli.run("playbook");
    Cli dot = Cli.run("playbook", "--format", "dot");

    assertThat(mermaid.exitCode()).isZero();
    assertThat(mermaid.out()).isEqualTo(Playbooks.consultative().toMermaid());
    assertThat(dot.out()).isEqualTo(Playbooks.consultative().toDot());
  }

  @Test
  void version_and_help_exit_0() {
    assertThat(Cli.run("--version").out()).startsWith("stagecraft ");
    Cli help = Cli.run("score", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--seller=NAME").contains("--prospect=NAME")
        .contains("--input-format=FORMAT").contains("--format=FORMAT").contains("--out=DIR")
        .contains("--playbook=NAME").contains("Exit codes:");
  }

  @Test
  void report_files_never_overwrite_each_other() {
    ReportFiles names = new ReportFiles("html");

    assertThat(names.nameFor(Path.of("a/call.txt"))).isEqualTo("call.txt.html");
    assertThat(names.nameFor(Path.of("b/call.txt"))).isEqualTo("call.txt-2.html");
    assertThat(names.nameFor(Path.of("c/call.txt"))).isEqualTo("call.txt-3.html");
    assertThat(names.nameFor(Path.of("index"))).isEqualTo("index-2.html");
  }
}
