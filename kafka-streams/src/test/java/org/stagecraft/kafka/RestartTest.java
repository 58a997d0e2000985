package org.stagecraft.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Snapshot;
import org.stagecraft.event.Utterance;

/**
 * A real restart: the default topology runs as a Kafka Streams application against an
 * in-process broker, is closed half-way through the calls, and a new instance over the same
 * state directory reopens the RocksDB store and carries on.
 */
class RestartTest {
  private static final Playbook PLAYBOOK = Playbooks.consultative();
  private static final String STORE = StagecraftTopology.builder().conversationStoreName();
  private static final String CHANGELOG = StreamsApp.ID + "-" + STORE + "-changelog";
  private static final String TURNS = StagecraftTopology.builder().turnStoreName();
  private static final Utterance CHECK =
      Utterance.seller("So renewals keep slipping, did I get that right?");
  private static final Utterance YES = Utterance.prospect("Yes.");
  private static final List<String> OUTPUTS = List.of(StagecraftTopology.STAGE_CHANGES,
      StagecraftTopology.COACHING, StagecraftTopology.SCORECARDS);

  @TempDir Path dir;

  @Test
  void a_new_instance_reopens_the_rocksdb_store_and_continues_every_call_exactly()
      throws Exception {
    Map<String, List<EventRecord>> calls = SampleCalls.calls(21, 12, 20);
    List<Map.Entry<String, EventRecord>> firstHalf = new ArrayList<>();
    List<Map.Entry<String, EventRecord>> rest = new ArrayList<>();
    List<Map.Entry<String, EventRecord>> interleaved = SampleCalls.interleave(calls, 5);
    firstHalf.addAll(interleaved.subList(0, interleaved.size() / 2));
    rest.addAll(interleaved.subList(firstHalf.size(), interleaved.size()));
    // Turns the processor classifies, across the stop: the check is the turn it keeps (in the
    // turn store) for the "Yes." after the restart; then every call ends.
    for (String id : List.of("call-0", "call-1", "call-2")) {
      firstHalf.add(Map.entry(id, EventRecord.of(CHECK)));
      rest.add(0, Map.entry(id, EventRecord.of(YES)));
    }
    // Only calls still going after the stop end here: the end of a call the restarted instance
    // has not seen since may write its last scorecard again (ScorecardTrigger), which a run
    // without the stop would not.
    byCall(rest).keySet().forEach(id -> rest.add(Map.entry(id, EventRecord.callEnded())));
    List<Map.Entry<String, EventRecord>> records = new ArrayList<>(firstHalf);
    records.addAll(rest);
    Map<String, List<EventRecord>> all = byCall(records);
    Path state = dir.resolve("state");
    try (EmbeddedBroker broker = EmbeddedBroker.start(); Admin admin = broker.admin();
        KafkaProducer<String, byte[]> producer = producer(broker)) {
      createTopics(admin);

      // given: the first half of the calls, processed, and the application closed
      send(producer, firstHalf);
      try (StreamsApp first = StreamsApp.start(broker, state)) {
        first.awaitCommitted(admin, StagecraftTopology.EVENTS);
        first.awaitRunning();
        assertThat(conversations(first)).isEqualTo(folded(byCall(firstHalf)));
        assertThat(first.store(TURNS)).as("turns kept for the classifier at the stop").isNotEmpty();
      }
      assertThat(storeFiles(state)).as("files of the conversation store after a clean close")
          .contains("CURRENT").anyMatch(f -> f.startsWith("MANIFEST-"))
          .anyMatch(f -> f.endsWith(".sst"));

      // when: the rest arrives and a new instance starts over the same state directory
      send(producer, rest);
      try (StreamsApp second = StreamsApp.start(broker, state)) {
        second.awaitCommitted(admin, StagecraftTopology.EVENTS);
        second.awaitRunning();
        assertThat(second.restores().restored(STORE))
            .as("records restored into %s over its local files; all restores: %s", STORE,
                second.restores().restored())
            .isZero();
        assertThat(second.restores().restored(TURNS)).as("records restored into %s", TURNS)
            .isZero();
        assertThat(conversations(second)).isEqualTo(folded(all));
        assertThat(second.store(TURNS)).as("turns kept after the calls ended").isEmpty();
      }

      // then: each call went on where it stopped, and no output was lost or repeated
      Map<String, Map<String, List<String>>> outputs = new LinkedHashMap<>();
      for (String topic : OUTPUTS) {
        outputs.put(topic, byKey(CommittedRecords.of(broker, topic)));
      }
      assertThat(outputs).allSatisfy((topic, byKey) -> assertThat(byKey).as(topic).isNotEmpty())
          .isEqualTo(uninterrupted(records));
      assertThat(CommittedRecords.of(broker, StagecraftTopology.DEAD_LETTERS)).isEmpty();

      // and the second instance reopened the store rather than rebuilt it (it restored nothing),
      // while an instance over an empty state directory restores the whole changelog
      long changelog = CommittedRecords.of(broker, CHANGELOG).size();
      long ended = records.stream().filter(e -> e.getValue().isCallEnded()).count();
      assertThat(changelog).as("one changelog record per event record; an end writes none")
          .isGreaterThanOrEqualTo(records.size() - ended);
      try (StreamsApp rebuilt = StreamsApp.start(broker, dir.resolve("rebuilt"))) {
        rebuilt.awaitRunning();
        assertThat(rebuilt.restores().restored(STORE)).as("records restored without local state")
            .isEqualTo(changelog);
        assertThat(conversations(rebuilt)).isEqualTo(folded(all));
      }
    }
  }

  /** The records of each call among {@code records}, in order. */
  private static Map<String, List<EventRecord>> byCall(
      List<Map.Entry<String, EventRecord>> records) {
    Map<String, List<EventRecord>> out = new LinkedHashMap<>();
    records.forEach(e ->
        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return out;
  }

  /**
   * An idempotent producer with one request in flight: with more, a first batch refused while a
   * new partition's leader starts up can be overtaken by the next, and its retry is then refused
   * as out of sequence until the delivery timeout, and lost.
   */
  private static KafkaProducer<String, byte[]> producer(EmbeddedBroker broker) {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1),
        new StringSerializer(), new ByteArraySerializer());
  }

  /** The input and output topics; Kafka Streams makes its changelogs itself. */
  private static void createTopics(Admin admin) throws Exception {
    List<NewTopic> topics = Stream.concat(
            Stream.of(StagecraftTopology.EVENTS, StagecraftTopology.DEAD_LETTERS),
            OUTPUTS.stream())
        .map(name -> new NewTopic(name, 2, (short) 1))
        .collect(Collectors.toList());
    admin.createTopics(topics).all().get(1, TimeUnit.MINUTES);
  }

  /** Sends {@code records} to the events topic and waits until the broker has every one. */
  private static void send(KafkaProducer<String, byte[]> producer,
      List<Map.Entry<String, EventRecord>> records) throws Exception {
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (Map.Entry<String, EventRecord> e : records) {
      sent.add(producer.send(new ProducerRecord<>(StagecraftTopology.EVENTS, e.getKey(),
          EventJson.write(e.getValue()))));
    }
    producer.flush();
    for (Future<RecordMetadata> f : sent) {
      f.get(1, TimeUnit.MINUTES);
    }
  }

  /** The names of the files in the conversation store's RocksDB directories. */
  private static List<String> storeFiles(Path state) throws IOException {
    try (Stream<Path> files = Files.walk(state)) {
      return files.filter(f -> f.getParent().getFileName().toString().equals(STORE))
          .map(f -> f.getFileName().toString())
          .collect(Collectors.toList());
    }
  }

  /** Every stored conversation, decoded, by call id. */
  private static Map<String, Conversation> conversations(StreamsApp app) {
    Map<String, Conversation> out = new TreeMap<>();
    app.store(STORE).forEach((id, bytes) ->
        out.put(id, Snapshot.decode(PLAYBOOK, bytes)));
    return out;
  }

  /** What the core alone makes of each call, by call id. */
  private static Map<String, Conversation> folded(Map<String, List<EventRecord>> calls) {
    Map<String, Conversation> out = new TreeMap<>();
    calls.forEach((id, records) -> out.put(id, Fold.of(PLAYBOOK, records)));
    return out;
  }

  /** The outputs of one run through every record, without a stop, by topic and call id. */
  private Map<String, Map<String, List<String>>> uninterrupted(
      List<Map.Entry<String, EventRecord>> records) throws IOException {
    Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
    try (Harness harness = new Harness(StagecraftTopology.builder(),
        Files.createDirectory(dir.resolve("reference")))) {
      records.forEach(e -> harness.send(e.getKey(), e.getValue()));
      out.put(StagecraftTopology.STAGE_CHANGES, Harness.byKey(harness.stageChanges));
      out.put(StagecraftTopology.COACHING, Harness.byKey(harness.coaching));
      out.put(StagecraftTopology.SCORECARDS, Harness.byKey(harness.scorecards));
    }
    return out;
  }

  private static Map<String, List<String>> byKey(List<ConsumerRecord<String, byte[]>> records) {
    Map<String, List<String>> out = new TreeMap<>();
    for (ConsumerRecord<String, byte[]> r : records) {
      out.computeIfAbsent(r.key(), k -> new ArrayList<>())
          .add(new String(r.value(), StandardCharsets.UTF_8));
    }
    return out;
  }
}
