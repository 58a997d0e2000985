package org.stagecraft.benchmarks.kafka;

import java.util.List;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.stagecraft.kafka.ScorecardTrigger;
import org.stagecraft.kafka.StagecraftTopology;

/**
 * The topologies the Kafka benchmarks compare, by the name they take as a parameter: the
 * pass-through baseline ({@link PassThroughProcessor}) and the Stagecraft variants. Stateless.
 */
final class Topologies {
  /** The baseline's name. */
  static final String PASS_THROUGH = "pass-through";
  /** The Stagecraft variants. */
  static final List<String> STAGECRAFT = List.of("stagecraft-default", "stagecraft-every-record",
      "stagecraft-stage-change-scorecards", "stagecraft-no-scorecards");

  private Topologies() {}

  /**
   * The baseline: a source on {@code events}, the pass-through processor with its per-key store
   * from {@code store}, and one sink to {@code out}.
   */
  static Topology passThrough(String events, String out, KeyValueBytesStoreSupplier store) {
    Topology t = new Topology();
    t.addSource("source", new StringDeserializer(), new ByteArrayDeserializer(), events);
    t.addProcessor("pass", PassThroughProcessor::new, "source");
    t.addStateStore(Stores.keyValueStoreBuilder(store, Serdes.String(), Serdes.ByteArray()),
        "pass");
    t.addSink("sink", out, new StringSerializer(), new ByteArraySerializer(), "pass");
    return t;
  }

  /**
   * A Stagecraft builder set up as {@code variant}: {@code stagecraft-default} keeps every default
   * (the classifier, the final scorecard only, RocksDB); {@code stagecraft-stage-change-scorecards}
   * too, but writes a scorecard on each stage change ({@link ScorecardTrigger#ON_STAGE_CHANGE},
   * the default before 2026-11-28); the others use {@code withoutClassifier()} with scorecards
   * after every record or never. Topic names and the store kind are left to the caller.
   *
   * @throws IllegalArgumentException if {@code variant} is none of {@link #STAGECRAFT}
   */
  static StagecraftTopology.Builder stagecraft(String variant) {
    if (!STAGECRAFT.contains(variant)) {
      throw new IllegalArgumentException("unknown Stagecraft topology " + variant + "; one of "
          + STAGECRAFT);
    }
    StagecraftTopology.Builder builder = StagecraftTopology.builder();
    if (variant.equals("stagecraft-stage-change-scorecards")) {
      builder.scorecards(ScorecardTrigger.ON_STAGE_CHANGE);
    } else if (!variant.equals("stagecraft-default")) {
      builder.withoutClassifier().scorecards(variant.endsWith("every-record")
          ? ScorecardTrigger.EVERY_RECORD : ScorecardTrigger.NEVER);
    }
    return builder;
  }
}
