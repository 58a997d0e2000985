package org.stagecraft.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.StageEntry;
import org.stagecraft.Violation;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.Utterance;

class StagecraftTopologyTest {
  private static final Playbook PLAYBOOK = Playbooks.consultative();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path stateDir;

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("output is not JSON: " + text, e);
    }
  }

  @Test
  void interleaved_conversations_keep_their_own_state() {
    Map<String, List<EventRecord>> calls = SampleCalls.calls(7, 40, 30);
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      for (Map.Entry<String, EventRecord> e : SampleCalls.interleave(calls, 11)) {
        harness.send(e.getKey(), e.getValue());
      }

      Map<String, List<String>> changes = Harness.byKey(harness.stageChanges);
      Map<String, List<String>> violations = Harness.byKey(harness.coaching);
      for (Map.Entry<String, List<EventRecord>> call : calls.entrySet()) {
        String id = call.getKey();
        Conversation expected = Fold.of(PLAYBOOK, call.getValue());
        assertThat(harness.stored(PLAYBOOK, id)).as(id).isEqualTo(expected);
        assertThat(changes.getOrDefault(id, List.of()).stream()
                .map(c -> json(c).get("to").asText()).collect(Collectors.toList()))
            .as("stage changes of %s", id)
            .isEqualTo(expected.history().stream().skip(1).map(StageEntry::stage)
                .map(Object::toString).collect(Collectors.toList()));
        assertThat(violations.getOrDefault(id, List.of()).stream()
                .map(v -> json(v).get("message").asText()).collect(Collectors.toList()))
            .as("violations of %s", id)
            .isEqualTo(expected.violations().stream().map(Violation::message)
                .collect(Collectors.toList()));
      }
      assertThat(changes).hasSizeGreaterThan(30);
      assertThat(violations).isNotEmpty();
      assertThat(harness.deadLetters.isEmpty()).isTrue();
    }
  }

  @Test
  void a_premature_close_produces_a_violation_on_the_coaching_topic() {
    try (Harness harness = new Harness(
        StagecraftTopology.builder().scorecards(ScorecardTrigger.EVERY_RECORD), stateDir)) {
      askForTheSaleTooEarly(harness);

      List<TestRecord<String, String>> coaching = Harness.all(harness.coaching);
      assertThat(coaching).hasSize(1);
      assertThat(coaching.get(0).key()).isEqualTo("call-1");
      JsonNode violation = json(coaching.get(0).value());
      assertThat(violation.get("rule").asText()).isEqualTo("EXIT_CRITERIA_NOT_MET");
      assertThat(violation.get("stage").asText()).isEqualTo("DISCOVERY");
      assertThat(violation.get("attempted").asText()).isEqualTo("CLOSE");
      assertThat(violation.get("signal").asText()).isEqualTo("ASKED_FOR_SALE");
      assertThat(violation.get("by").asText()).isEqualTo("seller");
      assertThat(violation.get("event").asInt()).isEqualTo(5);
      assertThat(violation.get("message").asText()).startsWith("close attempted");
      assertThat(violation.get("missing").toString()).contains("goal (prospect)");

      List<TestRecord<String, String>> cards = Harness.all(harness.scorecards);
      assertThat(cards).hasSize(3);
      JsonNode last = json(cards.get(2).value());
      assertThat(last.get("stage").asText()).isEqualTo("DISCOVERY");
      assertThat(last.get("violations").asInt()).isEqualTo(1);
      assertThat(last.get("events").asInt()).isEqualTo(6);
    }
  }

  @Test
  void a_restart_restores_every_conversation_from_its_store_and_continues_exactly()
      throws IOException {
    Map<String, List<EventRecord>> calls = SampleCalls.calls(21, 12, 20);
    List<Map.Entry<String, EventRecord>> records = SampleCalls.interleave(calls, 5);
    int half = records.size() / 2;
    // Scorecards on stage changes, so that mid-call scorecards are compared across the restart
    // too (RestartTest runs the default, final scorecards only, on a broker).
    StagecraftTopology.Builder builder =
        StagecraftTopology.builder().scorecards(ScorecardTrigger.ON_STAGE_CHANGE);
    List<List<String>> uninterrupted;
    try (Harness harness = new Harness(builder,
        Files.createDirectory(stateDir.resolve("reference")))) {
      records.forEach(e -> harness.send(e.getKey(), e.getValue()));
      uninterrupted = outputs(harness);
    }

    Path live = Files.createDirectory(stateDir.resolve("live"));
    List<List<String>> before;
    Map<String, Map<String, byte[]>> stores = new LinkedHashMap<>();
    try (Harness first = new Harness(builder, live)) {
      records.subList(0, half).forEach(e -> first.send(e.getKey(), e.getValue()));
      before = outputs(first);
      stores.putAll(first.contents());
    }
    List<List<String>> after;
    try (Harness second = new Harness(builder, live)) {
      // The test driver wipes its state directory on close and has no changelog to restore
      // from, so the restore is done as Kafka Streams does it: the latest value of every key
      // written back into the RocksDB stores. The processor starts with an empty cache.
      second.restore(stores);
      records.subList(half, records.size()).forEach(e -> second.send(e.getKey(), e.getValue()));
      after = outputs(second);
      for (Map.Entry<String, List<EventRecord>> call : calls.entrySet()) {
        assertThat(second.stored(PLAYBOOK, call.getKey())).as(call.getKey())
            .isEqualTo(Fold.of(PLAYBOOK, call.getValue()));
      }
    }
    assertThat(stores.get("stagecraft-conversation-store")).hasSize(calls.size());
    for (int topic = 0; topic < uninterrupted.size(); topic++) {
      assertThat(after.get(topic)).isNotEmpty();
      assertThat(Stream.concat(before.get(topic).stream(), after.get(topic).stream())
          .collect(Collectors.toList())).as("topic %s", topic).isEqualTo(uninterrupted.get(topic));
    }
  }

  /** The records of each output topic (stage changes, coaching, scorecards) in order. */
  private static List<List<String>> outputs(Harness harness) {
    List<List<String>> out = new ArrayList<>();
    for (var topic : List.of(harness.stageChanges, harness.coaching, harness.scorecards)) {
      out.add(topic.readRecordsToList().stream()
          .map(r -> r.key() + " " + r.timestamp() + " " + r.value())
          .collect(Collectors.toList()));
    }
    return out;
  }

  @Test
  void on_stage_change_writes_a_scorecard_when_the_stage_changes_and_not_otherwise() {
    try (Harness harness = new Harness(
        StagecraftTopology.builder().scorecards(ScorecardTrigger.ON_STAGE_CHANGE), stateDir)) {
      askForTheSaleTooEarly(harness);

      List<TestRecord<String, String>> cards = Harness.all(harness.scorecards);
      assertThat(cards).hasSize(1);
      assertThat(json(cards.get(0).value()).get("stage").asText()).isEqualTo("DISCOVERY");
      assertThat(Harness.all(harness.stageChanges)).hasSize(1);
      assertThat(Harness.all(harness.coaching)).hasSize(1);
    }
  }

  @Test
  void a_corrupt_record_goes_to_the_dead_letter_topic_and_the_stream_keeps_running() {
    try (Harness harness = new Harness(
        StagecraftTopology.builder().scorecards(ScorecardTrigger.EVERY_RECORD), stateDir)) {
      harness.send("call-1", EventRecord.classified(Utterance.seller("Tell me more?"),
          List.of(Signal.OPEN_QUESTION)));
      byte[] garbage = "{\"type\":\"utterance\",\"role\":".getBytes(StandardCharsets.UTF_8);
      harness.events.pipeInput("call-1", garbage);
      harness.send("call-1", EventRecord.of(ObservedSignal.prospect(Signal.of("BUDGET_OWNER"))));
      harness.events.pipeInput((String) null, EventJson.write(EventRecord.of(
          ObservedSignal.prospect(Signal.PAIN))));
      harness.store().put("call-2", new byte[] {1, 2, 3});
      harness.send("call-2", EventRecord.of(ObservedSignal.prospect(Signal.PAIN)));
      harness.send("call-1", EventRecord.classified(Utterance.prospect("It hurts."),
          List.of(Signal.PAIN)));

      var dead = harness.deadLetters.readRecordsToList();
      assertThat(dead).hasSize(4);
      assertThat(dead.get(0).value()).isEqualTo(garbage);
      assertThat(dead.get(0).key()).isEqualTo("call-1");
      assertThat(DeadLetters.reason(dead.get(0).headers()))
          .isEqualTo("not a JSON event: malformed JSON at line 1, column 28");
      assertThat(new String(dead.get(0).headers().lastHeader(DeadLetters.TOPIC).value(),
          StandardCharsets.UTF_8)).isEqualTo(StagecraftTopology.EVENTS);
      assertThat(DeadLetters.reason(dead.get(1).headers()))
          .contains("does not know signal BUDGET_OWNER");
      assertThat(DeadLetters.reason(dead.get(2).headers())).contains("has no key");
      assertThat(DeadLetters.reason(dead.get(3).headers()))
          .startsWith("the stored conversation call-2 cannot be restored");

      assertThat(harness.stored(PLAYBOOK, "call-1")).isEqualTo(PLAYBOOK.newConversation()
          .advance(Utterance.seller("Tell me more?"))
          .advance(ObservedSignal.seller(Signal.OPEN_QUESTION))
          .advance(Utterance.prospect("It hurts."))
          .advance(ObservedSignal.prospect(Signal.PAIN)));
      assertThat(Harness.all(harness.scorecards)).hasSize(2);
      assertThat(harness.store().get("call-2")).containsExactly(1, 2, 3);
    }
  }

  @Test
  void output_is_deterministic_for_the_same_input() throws IOException {
    List<Map.Entry<String, EventRecord>> records =
        SampleCalls.interleave(SampleCalls.calls(3, 15, 25), 9);
    List<List<List<String>>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Path dir = Files.createDirectory(stateDir.resolve("run-" + run));
      try (Harness harness = new Harness(
          StagecraftTopology.builder().scorecards(ScorecardTrigger.EVERY_RECORD), dir)) {
        records.forEach(e -> harness.send(e.getKey(), e.getValue()));
        runs.add(outputs(harness));
      }
    }
    assertThat(runs.get(0).get(2)).hasSize(records.size());
    assertThat(runs.get(0)).isEqualTo(runs.get(1));
  }

  @Test
  void a_conversation_replaced_in_the_store_is_read_from_the_store_not_the_cache() {
    Map<String, List<EventRecord>> calls = SampleCalls.calls(11, 2, 12);
    List<EventRecord> first = calls.get("call-0");
    List<EventRecord> second = calls.get("call-1");
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      first.subList(0, 6).forEach(r -> harness.send("call-0", r));
      second.subList(0, 9).forEach(r -> harness.send("call-1", r));
      // As a restore from the changelog after a rebalance can: other bytes under the same key
      // while the processor still caches the conversation it wrote there.
      harness.store().put("call-0", harness.store().get("call-1"));

      harness.send("call-0", second.get(9));

      assertThat(harness.stored(PLAYBOOK, "call-0"))
          .isEqualTo(Fold.of(PLAYBOOK, second.subList(0, 10)));
    }
  }

  @Test
  void outputs_carry_the_input_record_timestamp_and_headers() {
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      Instant at = Harness.START.plusSeconds(42);
      Headers headers = new RecordHeaders().add("trace-id", "t-1".getBytes(StandardCharsets.UTF_8));
      harness.send("call-1", EventRecord.classified(Utterance.seller("What brings you here?"),
          List.of(Signal.OPEN_QUESTION)));
      harness.send("call-1", EventRecord.classified(Utterance.prospect("Renewals slip."),
          List.of(Signal.PAIN)));
      harness.events.pipeInput(new TestRecord<>("call-1", EventJson.write(EventRecord.classified(
          Utterance.seller("Shall we sign today?"), List.of(Signal.ASKED_FOR_SALE))), headers, at));

      TestRecord<String, String> violation = harness.coaching.readRecord();
      assertThat(violation.timestamp()).isEqualTo(at.toEpochMilli());
      assertThat(violation.headers()).containsExactly(headers.toArray());
      assertThat(harness.stageChanges.readRecord().headers()).isEmpty();
    }
  }

  @Test
  void by_default_the_scorecard_goes_out_when_the_call_ends_and_not_before() {
    try (Harness harness = new Harness(StagecraftTopology.builder(), stateDir)) {
      goNowhere(harness);
      assertThat(harness.scorecards.isEmpty()).as("scorecards before the end").isTrue();

      hangUp(harness);

      TestRecord<String, String> card = harness.scorecards.readRecord();
      Conversation stored = harness.stored(PLAYBOOK, "call-1");
      assertThat(stored.isEnded()).isFalse();
      assertThat(json(card.value()).get("events").asInt()).isEqualTo(stored.eventCount());
      assertThat(json(card.value()).get("ended").asBoolean()).isFalse();
      assertThat(harness.scorecards.isEmpty()).isTrue();
    }
  }

  @Test
  void a_call_that_hangs_up_before_a_terminal_stage_gets_its_final_scorecard_on_stage_changes_too() {
    try (Harness harness = new Harness(
        StagecraftTopology.builder().scorecards(ScorecardTrigger.ON_STAGE_CHANGE), stateDir)) {
      goNowhere(harness);
      hangUp(harness);

      List<JsonNode> cards = Harness.all(harness.scorecards).stream()
          .map(r -> json(r.value())).collect(Collectors.toList());
      assertThat(cards).hasSize(2);
      assertThat(cards.get(1).get("events").asInt())
          .isEqualTo(harness.stored(PLAYBOOK, "call-1").eventCount())
          .isGreaterThan(cards.get(0).get("events").asInt());
      assertThat(cards.get(1).get("ended").asBoolean()).isFalse();
    }
  }

  @Test
  void every_record_writes_no_second_scorecard_at_the_end_of_the_call() {
    try (Harness harness = new Harness(
        StagecraftTopology.builder().scorecards(ScorecardTrigger.EVERY_RECORD), stateDir)) {
      goNowhere(harness);
      int written = Harness.all(harness.scorecards).size();

      hangUp(harness);

      assertThat(written).isEqualTo(4);
      assertThat(harness.scorecards.isEmpty()).as("a scorecard of the call as it stands again")
          .isTrue();
    }
  }

  /** A call that moves into discovery and goes no further: no terminal stage. */
  private static void goNowhere(Harness harness) {
    askForTheSaleTooEarly(harness);
    harness.send("call-1", EventRecord.classified(Utterance.prospect("Not this quarter."),
        List.of(Signal.OBJECTION)));
  }

  /** The call hangs up (a {@code call-ended} record), which leaves the stored conversation as is. */
  private static void hangUp(Harness harness) {
    byte[] before = harness.store().get("call-1");

    harness.send("call-1", EventRecord.callEnded());

    assertThat(harness.store().get("call-1")).isEqualTo(before);
    assertThat(harness.deadLetters.isEmpty()).isTrue();
  }

  @Test
  void on_call_end_writes_a_scorecard_on_the_move_into_a_terminal_stage_and_on_the_end_only() {
    Map<String, List<EventRecord>> calls = SampleCalls.calls(3, 16, 30);
    try (Harness harness = new Harness(
        StagecraftTopology.builder().scorecards(ScorecardTrigger.ON_CALL_END), stateDir)) {
      for (Map.Entry<String, EventRecord> e : SampleCalls.interleave(calls, 5)) {
        harness.send(e.getKey(), e.getValue());
      }
      calls.keySet().forEach(id -> harness.send(id, EventRecord.callEnded()));

      Map<String, List<String>> cards = Harness.byKey(harness.scorecards);
      int ended = 0;
      int once = 0;
      for (Map.Entry<String, List<EventRecord>> call : calls.entrySet()) {
        Conversation expected = Fold.of(PLAYBOOK, call.getValue());
        List<JsonNode> mine = cards.get(call.getKey()).stream().map(StagecraftTopologyTest::json)
            .collect(Collectors.toList());
        // one scorecard on the terminal move, one at the end only if events came after it
        assertThat(mine).as(call.getKey()).hasSizeBetween(1, expected.isEnded() ? 2 : 1);
        assertThat(mine.get(0).get("ended").asBoolean()).isEqualTo(expected.isEnded());
        assertThat(mine.get(mine.size() - 1).get("events").asInt())
            .isEqualTo(expected.eventCount());
        assertThat(mine.stream().map(card -> card.get("events").asInt()).distinct())
            .as("no scorecard of %s written twice", call.getKey()).hasSize(mine.size());
        once += mine.size() == 1 && expected.isEnded() ? 1 : 0;
        ended += expected.isEnded() ? 1 : 0;
      }
      assertThat(ended).as("calls that reached a terminal stage").isBetween(1, calls.size() - 1);
      assertThat(once).as("ended calls whose end wrote no second scorecard").isPositive();
      assertThat(Harness.all(harness.stageChanges)).hasSizeGreaterThan(calls.size());
    }
  }

  @Test
  void the_end_of_a_call_never_seen_is_a_dead_letter_and_without_scorecards_writes_nothing() {
    try (Harness harness = new Harness(
        StagecraftTopology.builder().scorecards(ScorecardTrigger.NEVER), stateDir)) {
      harness.send("call-9", EventRecord.callEnded());
      assertThat(harness.deadLetters.readRecordsToList()).singleElement()
          .satisfies(dead -> assertThat(DeadLetters.reason(dead.headers()))
              .isEqualTo("the call call-9 ended, but no conversation is stored under this key;"
                  + " the key must be the id of a call that sent events before"));
      assertThat(harness.store().get("call-9")).isNull();

      askForTheSaleTooEarly(harness);
      harness.send("call-1", EventRecord.callEnded());
      assertThat(harness.scorecards.isEmpty()).isTrue();
      assertThat(harness.deadLetters.isEmpty()).isTrue();
    }
  }

  /** A question, a pain, then the seller asks for the sale: a close before discovery is done. */
  private static void askForTheSaleTooEarly(Harness harness) {
    harness.send("call-1", EventRecord.classified(Utterance.seller("What brings you here?"),
        List.of(Signal.OPEN_QUESTION)));
    harness.send("call-1", EventRecord.classified(Utterance.prospect("Renewals slip."),
        List.of(Signal.PAIN)));
    harness.send("call-1", EventRecord.classified(Utterance.seller("Shall we sign today?"),
        List.of(Signal.ASKED_FOR_SALE)));
  }
}
