package org.stagecraft.benchmarks.kafka;

import com.google.common.collect.ImmutableList;
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
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;

/**
 * One of the measured topologies in a TopologyTestDriver, fed the scripted records one at a time.
 * {@code calls} calls of {@value InterleavedCalls#TURNS} turns run interleaved, as on a busy
 * partition; when all have ended, the same records come again under new conversation ids, so
 * conversations never outgrow a call ({@link InterleavedCalls}). Stores are in memory in every
 * topology, which leaves the driver's own cost as small as it gets and so makes the overhead look
 * as large as it gets. (RocksDB stores are left out: the driver commits after every record, and a
 * RocksDB commit writes offsets into each store, so a topology with more stores pays per record
 * what a running application pays every commit interval; {@link KafkaBrokerOverheadBenchmark}
 * measures RocksDB in a running application.)
 */
final class RecordFeed implements AutoCloseable {
  /** The baseline and the Stagecraft variants, by the name the benchmarks take as a parameter. */
  static final List<String> TOPOLOGIES = ImmutableList.<String>builder()
      .add(Topologies.PASS_THROUGH).addAll(Topologies.STAGECRAFT).build();

  private static final String EVENTS = "events";

  private final Path stateDir;
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> input;
  private final InterleavedCalls records;
  private final String[] keys;
  private int next;
  private int round;

  RecordFeed(String topology, int calls) throws IOException {
    if (!TOPOLOGIES.contains(topology)) {
      throw new IllegalArgumentException("unknown topology " + topology + "; one of "
          + TOPOLOGIES);
    }
    records = new InterleavedCalls(calls);
    keys = new String[calls];
    renameCalls();
    stateDir = Files.createTempDirectory("stagecraft-bench");
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "overhead");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(build(topology), config,
        Instant.parse("2026-01-05T09:00:00Z"));
    input = driver.createInputTopic(EVENTS, new StringSerializer(), new ByteArraySerializer());
  }

  private static Topology build(String topology) {
    if (topology.equals(Topologies.PASS_THROUGH)) {
      return Topologies.passThrough(EVENTS, "out",
          Stores.inMemoryKeyValueStore(PassThroughProcessor.STORE));
    }
    return Topologies.stagecraft(topology).eventsTopic(EVENTS).inMemoryStore().build();
  }

  private void renameCalls() {
    for (int c = 0; c < keys.length; c++) {
      keys[c] = InterleavedCalls.key(c, round);
    }
  }

  /** Sends the next record through the topology. */
  void pipeNext() {
    input.pipeInput(keys[records.callOf(next)], records.value(next));
    if (++next == records.size()) {
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
