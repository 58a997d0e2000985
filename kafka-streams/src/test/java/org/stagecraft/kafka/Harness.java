package org.stagecraft.kafka;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Snapshot;

/** A Stagecraft topology in a TopologyTestDriver, with its topics at hand. No broker. */
final class Harness implements AutoCloseable {
  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  final TopologyTestDriver driver;
  final TestInputTopic<String, byte[]> events;
  final TestOutputTopic<String, String> stageChanges;
  final TestOutputTopic<String, String> coaching;
  final TestOutputTopic<String, String> scorecards;
  final TestOutputTopic<String, byte[]> deadLetters;
  private final StagecraftTopology.Builder builder;

  Harness(StagecraftTopology.Builder builder, Path stateDir) {
    this.builder = builder;
    Topology topology = builder.build();
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "stagecraft-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(topology, config, START);
    events = driver.createInputTopic(StagecraftTopology.EVENTS, new StringSerializer(),
        new ByteArraySerializer());
    stageChanges = output(StagecraftTopology.STAGE_CHANGES);
    coaching = output(StagecraftTopology.COACHING);
    scorecards = output(StagecraftTopology.SCORECARDS);
    deadLetters = driver.createOutputTopic(StagecraftTopology.DEAD_LETTERS,
        new StringDeserializer(), new ByteArrayDeserializer());
  }

  private TestOutputTopic<String, String> output(String topic) {
    return driver.createOutputTopic(topic, new StringDeserializer(), new StringDeserializer());
  }

  void send(String conversationId, EventRecord record) {
    events.pipeInput(conversationId, EventJson.write(record));
  }

  KeyValueStore<String, byte[]> store() {
    return driver.getKeyValueStore(builder.conversationStoreName());
  }

  /** The classifier's last turn of each call. */
  KeyValueStore<String, byte[]> turns() {
    return driver.getKeyValueStore(builder.turnStoreName());
  }

  Conversation stored(Playbook playbook, String conversationId) {
    return Snapshot.decode(playbook, store().get(conversationId));
  }

  /** Every entry of every store, by store name. */
  Map<String, Map<String, byte[]>> contents() {
    Map<String, Map<String, byte[]>> out = new LinkedHashMap<>();
    for (String name : driver.getAllStateStores().keySet()) {
      Map<String, byte[]> entries = new LinkedHashMap<>();
      try (KeyValueIterator<String, byte[]> all =
          driver.<String, byte[]>getKeyValueStore(name).all()) {
        all.forEachRemaining(kv -> entries.put(kv.key, kv.value));
      }
      out.put(name, entries);
    }
    return out;
  }

  /** Writes {@code contents} back into the stores, as a restore from the changelogs does. */
  void restore(Map<String, Map<String, byte[]>> contents) {
    contents.forEach((name, entries) -> {
      KeyValueStore<String, byte[]> store = driver.getKeyValueStore(name);
      entries.forEach(store::put);
    });
  }

  static List<TestRecord<String, String>> all(TestOutputTopic<String, String> topic) {
    return topic.readRecordsToList();
  }

  /** The values of the records left in {@code topic}, by key, each key's in order. */
  static Map<String, List<String>> byKey(TestOutputTopic<String, String> topic) {
    Map<String, List<String>> out = new TreeMap<>();
    for (TestRecord<String, String> record : topic.readRecordsToList()) {
      out.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.value());
    }
    return out;
  }

  @Override
  public void close() {
    driver.close();
  }
}
