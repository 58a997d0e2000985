package org.stagecraft.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

class EventJsonTest {
  private static EventRecord read(String json) {
    return EventJson.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void every_event_type_survives_a_round_trip() {
    List<EventRecord> records = List.of(
        EventRecord.of(Utterance.seller("What made you look?")),
        EventRecord.classified(new Utterance(SpeakerRole.PROSPECT, "It hurts.",
            Duration.ofMillis(1200), Duration.ofMillis(2500)), List.of(Signal.PAIN)),
        EventRecord.classified(Utterance.prospect(""), List.of()),
        EventRecord.of(new ObservedSignal(Signal.GOAL, SpeakerRole.PROSPECT, "wants growth")),
        EventRecord.of(ObservedSignal.seller(Signal.OPEN_QUESTION)),
        EventRecord.of(StageRequest.to(Stage.DIAGNOSIS)),
        EventRecord.of(new Touch(Touch.Channel.VOICEMAIL, Touch.Direction.PROSPECT_TO_SELLER,
            true)),
        EventRecord.callEnded());
    for (EventRecord record : records) {
      assertThat(EventJson.read(EventJson.write(record))).isEqualTo(record);
    }
  }

  @Test
  void reads_the_documented_form_in_any_case() {
    EventRecord record = read("{\"type\":\"touch\",\"channel\":\"EMAIL\","
        + "\"direction\":\"seller_to_prospect\",\"answered\":false}");

    assertThat(record.event()).isEqualTo(
        new Touch(Touch.Channel.EMAIL, Touch.Direction.SELLER_TO_PROSPECT, false));
    assertThat(read("{\"type\":\"utterance\",\"role\":\"Seller\",\"text\":\"Hi\"}").signals())
        .isNull();
    assertThat(read("{\"type\":\"call-ended\"}").isCallEnded()).isTrue();
    assertThat(record.isCallEnded()).isFalse();
  }

  @Test
  void bad_records_are_refused_with_the_field_and_what_was_expected() {
    assertThatThrownBy(() -> read("{\"type\":\"utterance\",\"role\":\"boss\",\"text\":\"x\"}"))
        .isInstanceOf(BadRecordException.class)
        .hasMessage("field 'role' must be one of seller, prospect, other: found 'boss'");
    assertThatThrownBy(() -> read("{\"type\":\"utterance\",\"role\":\"seller\"}"))
        .hasMessage("field 'text' of an utterance must be a string (may be empty)");
    assertThatThrownBy(() -> read("{\"type\":\"signal\",\"signal\":\"PAIN\",\"by\":\"prospect\","
        + "\"evidance\":\"x\"}"))
        .hasMessage("unknown field 'evidance' in a signal event; its fields are type, signal, by, "
            + "evidence");
    assertThatThrownBy(() -> read("{\"type\":\"utterance\",\"role\":\"seller\",\"text\":\"x\","
        + "\"startMs\":10}"))
        .hasMessage("give both 'startMs' and 'endMs' of an utterance, or neither");
    assertThatThrownBy(() -> read("{\"type\":\"utterance\",\"role\":\"seller\",\"text\":\"x\","
        + "\"startMs\":10,\"endMs\":5}"))
        .hasMessageStartingWith("invalid utterance times: utterance end must be between");
    assertThatThrownBy(() -> read("{\"type\":\"signal\",\"signal\":\"pain\",\"by\":\"prospect\"}"))
        .hasMessage("field 'signal': 'pain' is not a signal name (upper snake case, e.g. "
            + "OPEN_QUESTION)");
    assertThatThrownBy(() -> read("{\"type\":\"meeting\"}"))
        .hasMessage("field 'type' must be one of utterance, signal, stage-request, touch, "
            + "call-ended: found 'meeting'");
    assertThatThrownBy(() -> read("{\"type\":\"call-ended\",\"reason\":\"hang-up\"}"))
        .hasMessage("unknown field 'reason' in a call-ended event; its fields are type");
    assertThatThrownBy(() -> read("[1,2]"))
        .hasMessage("an event must be a JSON object, found array");
  }

  @Test
  void a_malformed_record_is_described_by_place_without_quoting_its_text() {
    assertThatThrownBy(() -> read("{\"type\":\"utterance\",\"text\":\"my secret plan"))
        .isInstanceOf(BadRecordException.class)
        .hasMessageStartingWith("not a JSON event: malformed JSON at line 1, column")
        .hasMessageNotContaining("secret");
  }

  @Test
  void the_serdes_wrap_their_errors_for_kafka() {
    EventSerde events = new EventSerde();
    assertThatThrownBy(() -> events.deserializer().deserialize("t", new byte[] {'x'}))
        .isInstanceOf(SerializationException.class)
        .hasCauseInstanceOf(BadRecordException.class)
        .hasMessageStartingWith("bad event record in topic t: not a JSON event");

    ConversationSerde conversations = new ConversationSerde(Playbooks.consultative());
    var call = Playbooks.consultative().newConversation()
        .advance(ObservedSignal.seller(Signal.OPEN_QUESTION));
    byte[] bytes = conversations.serializer().serialize("t", call);
    assertThat(conversations.deserializer().deserialize("t", bytes)).isEqualTo(call);
    bytes[bytes.length - 1] ^= 1;
    assertThatThrownBy(() -> conversations.deserializer().deserialize("t", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("checksum");
    assertThat(conversations.deserializer().deserialize("t", null)).isNull();
  }
}
