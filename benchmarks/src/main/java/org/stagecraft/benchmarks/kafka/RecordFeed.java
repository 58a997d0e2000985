package org.stagecraft.benchmarks.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.stagecraft.kafka.ScorecardTrigger;
import org.stagecraft.kafka.StagecraftTopology;

/**
 * One of the measured topologies in a TopologyTestDriver, fed the scripted records one at a time.
 * {@code calls} calls of {@value #TURNS} turns run interleaved, as on a busy partition; when all
 * have ended, the same records come again under new conversation ids, so conversations never
 * outgrow a call. Stores are in memory in every topology, which leaves the driver's own cost as
 * small as it gets and so makes the overhead look as large as it gets. (RocksDB stores are left
 * out: the driver commits after every record, and a RocksDB commit writes offsets into each
 * store, so a topology with more stores pays per record what a running application pays every
 * commit interval.)
 */
final class RecordFeed implements AutoCloseable {
  /** The baseline and the Stagecraft variants, by the name the benchmarks take as a parameter. */
  static final List<String> TOPOLOGIES = List.of("pass-through", "stagecraft-default",
      "stagecraft-every-record", "stagecraft-no-scorecards");

  private static final String EVENTS = "events";
  private static final int TURNS = 40;

  private final String topology;
  private final Path stateDir;
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> input;
  private final byte[][] values;
  private final int[] callOf;
  private final String[] keys;
  private int next;
  private int round;

  RecordFeed(String topology, int calls) throws IOException {
    if (!TOPOLOGIES.contains(topology)) {
      throw new IllegalArgumentException("unknown topology " + topology + "; one of "
          + TOPOLOGIES);
    }
    this.topology = topology;
    List<List<byte[]>> generated = ScriptedCalls.generate(calls, TURNS);
    int total = generated.stream().mapToInt(List::size).sum();
    values = new byte[total][];
    callOf = new int[total];
    interleave(generated);
    keys = new String[calls];
    renameCalls();
    stateDir = Files.createTempDirectory("stagecraft-bench");
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "overhead");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(build(), config, Instant.parse("2026-01-05T09:00:00Z"));
    input = driver.createInputTopic(EVENTS, new StringSerializer(), new ByteArraySerializer());
  }

  private Topology build() {
    if (topology.equals("pass-through")) {
      Topology t = new Topology();
      t.addSource("source", new StringDeserializer(), new ByteArrayDeserializer(), EVENTS);
      t.addProcessor("pass", PassThroughProcessor::new, "source");
      t.addStateStore(Stores.keyValueStoreBuilder(
          Stores.inMemoryKeyValueStore(PassThroughProcessor.STORE), Serdes.String(),
          Serdes.ByteArray()), "pass");
      t.addSink("sink", "out", new StringSerializer(), new ByteArraySerializer(), "pass");
      return t;
    }
    StagecraftTopology.Builder builder = StagecraftTopology.builder()
        .eventsTopic(EVENTS)
        .inMemoryStore();
    if (!topology.equals("stagecraft-default")) {
      builder.withoutClassifier().scorecards(topology.endsWith("every-record")
          ? ScorecardTrigger.EVERY_RECORD : ScorecardTrigger.NEVER);
    }
    return builder.build();
  }

  /** Round-robin over the calls with a seeded skip, so their records interleave. */
  private void interleave(List<List<byte[]>> generated) {
    int[] position = new int[generated.size()];
    int filled = 0;
    for (int step = 0; filled < values.length; step++) {
      int c = (step * 7919) % generated.size();
      if (position[c] < generated.get(c).size()) {
        values[filled] = generated.get(c).get(position[c]++);
        callOf[filled++] = c;
      }
    }
  }

  private void renameCalls() {
    for (int c = 0; c < keys.length; c++) {
      keys[c] = "call-" + c + "-" + round;
    }
  }

  /** Sends the next record through the topology. */
  void pipeNext() {
    input.pipeInput(keys[callOf[next]], values[next]);
    if (++next == values.length) {
      next = 0;
      round++;
      renameCalls();
    }
  }

  /** Drops what the driver captured on the output topics so far. */
  void drainOutputs() {
    for (String topic : driver.producedTopicNames()) {
      driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
          .readRecordsToList();
    }
  }

  /** Closes the driver and removes its state directory. */
  @Override
  public void close() throws IOException {
    driver.close();
    try (Stream<Path> files = Files.walk(stateDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
