package org.stagecraft.kafka;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.score.Scoring;
import org.stagecraft.spi.SignalClassifier;
import org.stagecraft.text.EnglishSignalClassifier;

/**
 * Wires Stagecraft into a Kafka Streams topology: a source on the events topic (keyed by the
 * conversation id, {@link EventJson} values), the conversation processor with its state store,
 * and sinks for stage changes, coaching (violations), scorecards ({@link OutputJson}) and dead
 * letters ({@link DeadLetters}).
 *
 * <pre>{@code
 * Topology topology = StagecraftTopology.builder()
 *     .eventsTopic("call-events")
 *     .coachingTopic("call-coaching")
 *     .build();                 // or .addTo(hostTopology) beside the host's own nodes
 * }</pre>
 *
 * <p>Every node and store name starts with the {@linkplain Builder#prefix prefix} (default {@code
 * stagecraft}), so two instances with different prefixes can live in one topology. Stateless and
 * thread-safe; the builder is not.
 */
public final class StagecraftTopology {
  /** The default topic names of {@link #defaults()}. */
  public static final String EVENTS = "stagecraft-events";
  /** Default topic for stage changes. */
  public static final String STAGE_CHANGES = "stagecraft-stage-changes";
  /** Default topic for violations: live coaching. */
  public static final String COACHING = "stagecraft-coaching";
  /** Default topic for scorecards. */
  public static final String SCORECARDS = "stagecraft-scorecards";
  /** Default dead-letter topic. */
  public static final String DEAD_LETTERS = "stagecraft-dead-letters";

  private StagecraftTopology() {}

  /** A builder with the defaults: the consultative playbook, English classifier, RocksDB. */
  public static Builder builder() {
    return new Builder();
  }

  /** The ready topology for the common case: every default of {@link #builder()}. */
  public static Topology defaults() {
    return builder().build();
  }

  /** The names of the nodes and stores, derived from the prefix. */
  record Names(String prefix) {
    String source() {
      return prefix + "-events";
    }

    String processor() {
      return prefix + "-conversations";
    }

    String conversationStore() {
      return prefix + "-conversation-store";
    }

    String turnStore() {
      return prefix + "-turn-store";
    }

    String stageChangesSink() {
      return prefix + "-stage-changes";
    }

    String coachingSink() {
      return prefix + "-coaching";
    }

    String scorecardsSink() {
      return prefix + "-scorecards";
    }

    String deadLetterSink() {
      return prefix + "-dead-letters";
    }
  }

  /** What the processor needs, fixed when the topology is built. */
  record Settings(
      Names names,
      Playbook playbook,
      @Nullable SignalClassifier classifier,
      Scoring scoring,
      ScorecardTrigger trigger,
      int cacheSize) {}

  /**
   * Collects the settings of a Stagecraft topology. Every setting has a default; {@link #build()}
   * and {@link #addTo(Topology)} may be called more than once. Not thread-safe.
   */
  public static final class Builder {
    private String prefix = "stagecraft";
    private Playbook playbook = Playbooks.consultative();
    private @Nullable SignalClassifier classifier = EnglishSignalClassifier.create();
    private Scoring scoring = Scoring.defaults();
    private ScorecardTrigger trigger = ScorecardTrigger.ON_CALL_END;
    private boolean persistent = true;
    private int cacheSize = 10_000;
    private String eventsTopic = EVENTS;
    private String stageChangesTopic = STAGE_CHANGES;
    private String coachingTopic = COACHING;
    private String scorecardsTopic = SCORECARDS;
    private String deadLetterTopic = DEAD_LETTERS;

    private Builder() {}

    /** The playbook conversations follow; default {@link Playbooks#consultative()}. */
    public Builder playbook(Playbook playbook) {
      this.playbook = checkNotNull(playbook, "playbook");
      return this;
    }

    /**
     * The classifier for utterances that arrive without signals; default {@link
     * EnglishSignalClassifier#create()}. It runs on the stream thread, so it must be fast and
     * must not block; an LLM-backed one belongs upstream, writing utterances with signals.
     */
    public Builder classifier(SignalClassifier classifier) {
      this.classifier = checkNotNull(classifier, "classifier");
      return this;
    }

    /**
     * No classifier: utterances without signals count as talk only, and no turn is kept for a
     * classifier's context. For hosts that always send signals.
     */
    public Builder withoutClassifier() {
      this.classifier = null;
      return this;
    }

    /** The scorers for scorecards; default {@link Scoring#defaults()}. */
    public Builder scoring(Scoring scoring) {
      this.scoring = checkNotNull(scoring, "scoring");
      return this;
    }

    /**
     * When scorecards are written; default {@link ScorecardTrigger#ON_CALL_END}, the call's final
     * scorecard: on the move into a terminal stage and on the host's {@link
     * EventRecord#callEnded()} record. A call that reaches no terminal stage gets its scorecard
     * only from that record, so send it when the line hangs up. Live coaching runs on the
     * violations and stage changes, which always go out at once; a scorecard is the largest
     * output record (about 2 KB) and the costliest step, and each one written mid-call is
     * superseded by the final one. Choose {@link ScorecardTrigger#ON_STAGE_CHANGE} (the default
     * before 2026-11-28) for a running scorecard at each stage change, {@link
     * ScorecardTrigger#EVERY_RECORD} for one after every turn.
     */
    public Builder scorecards(ScorecardTrigger trigger) {
      this.trigger = checkNotNull(trigger, "trigger");
      return this;
    }

    /**
     * Keep conversations in an in-memory store instead of RocksDB. The changelog still makes it
     * fault-tolerant, but a restart restores every conversation from the changelog (docs/scale-out.md).
     */
    public Builder inMemoryStore() {
      this.persistent = false;
      return this;
    }

    /**
     * How many live conversations each stream task keeps decoded, to spare replaying a snapshot
     * per event; default 10,000; 0 turns the cache off.
     *
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public Builder cacheSize(int size) {
      checkArgument(size >= 0, "cache size must not be negative: %s", size);
      this.cacheSize = size;
      return this;
    }

    /**
     * The prefix of every node and store name; default {@code stagecraft}.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder prefix(String prefix) {
      checkArgument(!checkNotNull(prefix, "prefix").isEmpty(), "prefix must not be empty");
      this.prefix = prefix;
      return this;
    }

    /** The topic of events, keyed by conversation id; default {@value StagecraftTopology#EVENTS}. */
    public Builder eventsTopic(String topic) {
      this.eventsTopic = topic(topic);
      return this;
    }

    /** The topic of stage changes; default {@value StagecraftTopology#STAGE_CHANGES}. */
    public Builder stageChangesTopic(String topic) {
      this.stageChangesTopic = topic(topic);
      return this;
    }

    /** The topic of violations, for live coaching; default {@value StagecraftTopology#COACHING}. */
    public Builder coachingTopic(String topic) {
      this.coachingTopic = topic(topic);
      return this;
    }

    /** The topic of scorecards; default {@value StagecraftTopology#SCORECARDS}. */
    public Builder scorecardsTopic(String topic) {
      this.scorecardsTopic = topic(topic);
      return this;
    }

    /** The dead-letter topic; default {@value StagecraftTopology#DEAD_LETTERS}. */
    public Builder deadLetterTopic(String topic) {
      this.deadLetterTopic = topic(topic);
      return this;
    }

    /** The name of the store of conversation snapshots, keyed by conversation id. */
    public String conversationStoreName() {
      return new Names(prefix).conversationStore();
    }

    /**
     * The name of the store of the last turn of each live call, kept for the classifier (it holds
     * utterance text); there is none with {@link #withoutClassifier()}.
     */
    public String turnStoreName() {
      return new Names(prefix).turnStore();
    }

    /** A new topology holding only the Stagecraft nodes. */
    public Topology build() {
      return addTo(new Topology());
    }

    /**
     * Adds the Stagecraft nodes and stores to {@code topology} and returns it.
     *
     * @throws NullPointerException if {@code topology} is null
     * @throws org.apache.kafka.streams.errors.TopologyException if a node or store of the same
     *     name is already there (use another {@link #prefix})
     */
    public Topology addTo(Topology topology) {
      checkNotNull(topology, "topology");
      Names names = new Names(prefix);
      Settings settings = new Settings(names, playbook, classifier, scoring, trigger, cacheSize);
      topology.addSource(names.source(), new StringDeserializer(), new ByteArrayDeserializer(),
          eventsTopic);
      topology.addProcessor(names.processor(), () -> new ConversationProcessor(settings),
          names.source());
      topology.addStateStore(store(names.conversationStore()), names.processor());
      if (classifier != null) {
        topology.addStateStore(store(names.turnStore()), names.processor());
      }
      topology.addSink(names.stageChangesSink(), stageChangesTopic, new StringSerializer(),
          OutputJson.stageChangeSerializer(), names.processor());
      topology.addSink(names.coachingSink(), coachingTopic, new StringSerializer(),
          OutputJson.violationSerializer(), names.processor());
      topology.addSink(names.scorecardsSink(), scorecardsTopic, new StringSerializer(),
          OutputJson.scorecardSerializer(), names.processor());
      topology.addSink(names.deadLetterSink(), deadLetterTopic, new StringSerializer(),
          new ByteArraySerializer(), names.processor());
      return topology;
    }

    private StoreBuilder<?> store(String name) {
      KeyValueBytesStoreSupplier supplier = persistent
          ? Stores.persistentKeyValueStore(name)
          : Stores.inMemoryKeyValueStore(name);
      return Stores.keyValueStoreBuilder(supplier, Serdes.String(), Serdes.ByteArray());
    }

    private static String topic(String topic) {
      checkArgument(!checkNotNull(topic, "topic").isEmpty(), "topic must not be empty");
      return topic;
    }
  }
}
