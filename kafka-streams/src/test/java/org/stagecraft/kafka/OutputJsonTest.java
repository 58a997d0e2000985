package org.stagecraft.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.Utterance;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorecard;
import org.stagecraft.score.Scoring;

class OutputJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Scorecard card() {
    Conversation call = Playbooks.consultative().newConversation()
        .advance(Utterance.seller("What brings you here?"))
        .advance(ObservedSignal.of(Signal.OPEN_QUESTION, SpeakerRole.SELLER))
        .advance(Utterance.prospect("Our invoices take days."));
    return Scoring.defaults().score(call);
  }

  @Test
  void a_scorecard_record_holds_every_score_and_reads_the_same_each_time_it_is_written()
      throws IOException {
    Scorecard card = card();

    byte[] first = OutputJson.scorecard(card);
    byte[] again = OutputJson.scorecard(card);
    byte[] third = OutputJson.scorecard(card);

    // The second and third writes take the encoded ids, bands and tips; the first does not.
    assertThat(again).isEqualTo(first);
    assertThat(third).isEqualTo(first);
    JsonNode record = JSON.readTree(first);
    assertThat(record.get("scores")).hasSize(card.scores().size());
    for (int i = 0; i < card.scores().size(); i++) {
      Score score = card.scores().get(i);
      JsonNode written = record.get("scores").get(i);
      assertThat(written.get("id").asText()).isEqualTo(score.id());
      assertThat(written.get("band").asText()).isEqualTo(score.band().label());
      assertThat(written.get("explanation").asText()).isEqualTo(score.explanation());
      assertThat(written.get("tip").asText()).isEqualTo(score.tip());
    }
    assertThat(record.get("tips")).extracting(JsonNode::asText)
        .containsExactlyElementsOf(card.topTips(3));
  }

  @Test
  void a_text_is_encoded_from_its_second_sighting_and_escaped_like_any_string()
      throws IOException {
    EncodedStrings strings = new EncodedStrings();
    String tip = new String("Ask \"what\" – then listen.".toCharArray());

    assertThat(strings.seen(tip)).isNull();
    assertThat(strings.seen(tip)).isNotNull().isSameAs(strings.seen(tip));
    byte[] quoted = strings.seen(tip).asQuotedUTF8();
    assertThat(JSON.readTree("\"" + new String(quoted, StandardCharsets.UTF_8) + "\"").asText())
        .isEqualTo(tip);
    assertThat(strings.seen(new String(tip.toCharArray()))).isNull();
  }

  @Test
  void record_bytes_keep_every_write_in_order() {
    RecordBytes out = new RecordBytes();

    out.write("{\"a\":".getBytes(StandardCharsets.UTF_8), 0, 5);
    out.write('1');
    out.write("xx}yy".getBytes(StandardCharsets.UTF_8), 2, 1);

    assertThat(new String(out.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
  }
}
