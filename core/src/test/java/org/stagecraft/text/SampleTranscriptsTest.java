package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Stage;

/**
 * The sample calls in {@code examples/transcripts/}, in every format, end as their names promise
 * with the default classifier and the consultative playbook: a discovery-first call reaches next
 * steps with no violation, a pitch-first call breaks the method's rules, a no-fit call is
 * referred out, and in the last the prospect stops the seller.
 */
class SampleTranscriptsTest {
  private static final Path SAMPLES = Path.of("..", "examples", "transcripts");

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({
      "discovery-first, txt", "discovery-first, vtt", "discovery-first, srt",
      "discovery-first, csv",
      "pitch-first, txt", "pitch-first, vtt", "pitch-first, srt", "pitch-first, csv",
      "no-fit, txt", "no-fit, vtt", "no-fit, srt", "no-fit, csv",
      "prospect-stops, txt", "prospect-stops, vtt", "prospect-stops, srt", "prospect-stops, csv"})
  void each_sample_ends_as_its_name_promises(String call, String format) throws Exception {
    Transcript transcript = TranscriptReader.defaults()
        .read(SAMPLES.resolve(call + "." + format));
    Conversation conversation = Transcripts.conversation(transcript, Playbooks.consultative());

    switch (call) {
      case "discovery-first" -> {
        assertThat(conversation.stage()).isEqualTo(Stage.NEXT_STEPS);
        assertThat(conversation.violations()).isEmpty();
      }
      case "pitch-first" -> assertThat(conversation.violations()).isNotEmpty();
      case "no-fit" -> assertThat(conversation.stage()).isEqualTo(Stage.REFER_OUT);
      case "prospect-stops" -> assertThat(conversation.stage()).isEqualTo(Stage.PROSPECT_STOPPED);
      default -> throw new AssertionError("no expectation for " + call);
    }
  }
}
