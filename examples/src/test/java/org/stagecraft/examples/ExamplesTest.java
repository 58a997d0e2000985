package org.stagecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stagecraft.score.Scorecard;

class ExamplesTest {
  @Test
  void quickstart_shows_a_clean_call_and_a_rejected_premature_close() {
    String out = run(() -> Quickstart.main(new String[0]));

    assertThat(out)
        .contains("history    [RAPPORT@0, DISCOVERY@3, DIAGNOSIS@17, PRESCRIPTION@18, CLOSE@20, "
            + "NEXT_STEPS@22]")
        .contains("REJECTED event 7: close attempted (asked for sale by the seller) before "
            + "discovery was complete")
        .contains("hint       In DISCOVERY: before moving on, still needs goal (prospect), open "
            + "question (seller): 1 of 3, confirmed (prospect).");
  }

  @Test
  void the_discovery_first_call_scores_clearly_ahead_for_the_stated_reasons() {
    Scorecard good = ScoringExample.score(ScoringExample.discoveryFirst());
    Scorecard bad = ScoringExample.score(ScoringExample.pitchFirst());

    assertThat(good.overall()).isGreaterThanOrEqualTo(90);
    assertThat(bad.overall()).isLessThanOrEqualTo(30);
    assertThat(good.violations()).isEmpty();
    assertThat(bad.violations()).hasSize(2);
    for (String id : new String[] {"discovery-share", "close-style", "effort-balance",
        "process-adherence", "talk-ratio", "monologue"}) {
      assertThat(good.score(id).orElseThrow().value()).as(id)
          .isGreaterThan(bad.score(id).orElseThrow().value() + 40);
    }
    assertThat(bad.score("close-style").orElseThrow().explanation())
        .isEqualTo("0 assumptive closes, 1 ask for the sale, 1 pressure tactic, 0 trial closes.");
    assertThat(run(() -> ScoringExample.main(new String[0]))).contains("Overall: "
        + good.overall() + " vs " + bad.overall());
  }

  @Test
  void the_sample_transcripts_read_alike_in_every_format_and_score_in_order() throws IOException {
    java.util.Map<String, Integer> overall = new java.util.HashMap<>();
    for (String call : new String[] {"discovery-first", "pitch-first", "no-fit",
        "prospect-stops"}) {
      java.util.Set<java.util.List<org.stagecraft.StageEntry>> histories = new java.util.HashSet<>();
      for (String format : new String[] {"txt", "vtt", "srt", "csv"}) {
        org.stagecraft.text.Transcript transcript = org.stagecraft.text.TranscriptReader
            .defaults().read(Path.of("transcripts", call + "." + format));
        assertThat(transcript.warnings()).as(call + "." + format).isEmpty();
        org.stagecraft.Conversation conversation = org.stagecraft.text.Transcripts
            .conversation(transcript, org.stagecraft.Playbooks.consultative());
        histories.add(conversation.history());
        overall.put(call, org.stagecraft.score.Scoring.defaults().score(conversation).overall());
        if (call.equals("discovery-first")) {
          assertThat(conversation.stage()).isEqualTo(org.stagecraft.Stage.NEXT_STEPS);
        } else if (call.equals("prospect-stops")) {
          assertThat(conversation.stage()).isEqualTo(org.stagecraft.Stage.PROSPECT_STOPPED);
        }
      }
      assertThat(histories).as("%s: one stage history whatever the format", call).hasSize(1);
    }
    assertThat(overall.get("discovery-first")).isGreaterThan(overall.get("pitch-first") + 30);
  }

  @Test
  void score_transcript_prints_a_scorecard() {
    String out = run(() -> {
      try {
        ScoreTranscript.main(new String[0]);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    assertThat(out).startsWith("discovery-first.vtt: 29 turns")
        .contains("history [RAPPORT@0, DISCOVERY@1").contains("Scorecard: consultative");
  }

  @Test
  void readme_example_prints_what_its_comments_say() {
    String out = run(() -> ReadmeExample.main(new String[0]));

    assertThat(out).isEqualTo("close attempted (asked for sale by the seller) before discovery "
        + "was complete: missing goal (prospect), open question (seller): 1 of 3, confirmed "
        + "(prospect)\nDISCOVERY\n");
  }

  @Test
  void the_readme_holds_the_compiled_example() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/org/stagecraft/examples/ReadmeExample.java"));
    String snippet = source.substring(source.indexOf("// readme:start\n") + 16,
            source.indexOf("    // readme:end"))
        .lines().map(line -> line.length() < 4 ? "" : line.substring(4)).collect(Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(readme).as("README.md's example differs from ReadmeExample.java").contains(snippet);
  }

  private static String run(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
