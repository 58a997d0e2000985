package org.stagecraft.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
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
import org.stagecraft.score.Scorer;
import org.stagecraft.score.Scoring;

class OutputJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A constant tip that needs escaping, so that the writer encodes it once and reuses it. */
  private static final String QUOTED_TIP = "Ask \"what\" – then listen; café talk counts.";

  private static Scorecard card() {
    Conversation call = Playbooks.consultative().newConversation()
        .advance(Utterance.seller("What brings you here?"))
        .advance(ObservedSignal.of(Signal.OPEN_QUESTION, SpeakerRole.SELLER))
        .advance(Utterance.prospect("Our invoices take days."));
    return Scoring.defaults().with(new Scorer() {
      @Override
      public String id() {
        return "quoted";
      }

      @Override
      public Score score(Conversation conversation) {
        return Score.of(id(), 40, "It said \"no\" – twice.", ImmutableList.of(), QUOTED_TIP);
      }
    }).score(call);
  }

  /** The record as Jackson writes the same fields, every string escaped as it comes. */
  private static byte[] plainJson(Scorecard card) throws IOException {
    ObjectNode record = JSON.createObjectNode();
    Conversation conversation = card.conversation();
    record.put("events", conversation.eventCount());
    record.put("stage", conversation.stage().name());
    record.put("ended", conversation.isEnded());
    record.put("overall", card.overall());
    record.put("band", card.overallBand().label());
    record.put("violations", conversation.summary().violations());
    ArrayNode scores = record.putArray("scores");
    for (Score score : card.scores()) {
      scores.addObject().put("id", score.id()).put("value", score.value())
          .put("band", score.band().label()).put("explanation", score.explanation())
          .put("tip", score.tip());
    }
    ArrayNode tips = record.putArray("tips");
    card.topTips(3).forEach(tips::add);
    return JSON.writeValueAsBytes(record);
  }

  @Test
  void a_scorecard_record_holds_every_score_and_reads_the_same_each_time_it_is_written()
      throws IOException {
    Scorecard card = card();

    byte[] first = OutputJson.scorecard(card);
    byte[] again = OutputJson.scorecard(card);
    byte[] third = OutputJson.scorecard(card);

    // Later writes take the encoded ids, bands and tips (the first may too: the table is shared),
    // and every write has the bytes of a plain Jackson write of the same fields.
    byte[] plain = plainJson(card);
    assertThat(first).isEqualTo(plain);
    assertThat(again).isEqualTo(plain);
    assertThat(third).isEqualTo(plain);
    assertThat(card.scores()).extracting(Score::tip).contains(QUOTED_TIP);
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
