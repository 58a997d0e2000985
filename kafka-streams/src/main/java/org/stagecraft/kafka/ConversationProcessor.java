package org.stagecraft.kafka;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stagecraft.Conversation;
import org.stagecraft.EncodedConversation;
import org.stagecraft.Outcome;
import org.stagecraft.Playbook;
import org.stagecraft.Signal;
import org.stagecraft.SnapshotException;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.ObservedSignal;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.Detection;

/**
 * Applies each record of the events topic to the conversation its key names. The conversation is
 * kept as a core snapshot in a key-value store; a small cache of live conversations spares the
 * replay of the snapshot while the store still holds the bytes the cache entry was made from
 * (after a restore or a rebalance the bytes differ or the cache is new, and the snapshot is read).
 *
 * <p>For each record: stage changes go to the stage-changes sink, violations to the coaching sink,
 * the scorecard (per {@link ScorecardTrigger}) to the scorecards sink, all keyed by the
 * conversation id with the input's timestamp. A {@link EventRecord#callEnded()} record writes the
 * call's scorecard and drops the turn kept for the classifier; the conversation stays as it is. A
 * record that cannot be applied (no key, not an event, a signal or stage the playbook lacks, a
 * stored snapshot that cannot be restored, the end of a call never seen) goes to the dead-letter
 * sink with its reason, and nothing else changes. A null value (a tombstone) forgets the
 * conversation.
 *
 * <p>One instance per stream task, called by its stream thread only; not thread-safe.
 */
final class ConversationProcessor implements Processor<String, byte[], String, Object> {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationProcessor.class);

  private final StagecraftTopology.Settings settings;
  private final Playbook playbook;
  private final ConversationCache cache;
  private @Nullable ProcessorContext<String, Object> context;
  private @Nullable KeyValueStore<String, byte[]> conversations;
  private @Nullable KeyValueStore<String, byte[]> turns;

  ConversationProcessor(StagecraftTopology.Settings settings) {
    this.settings = settings;
    this.playbook = settings.playbook();
    this.cache = new ConversationCache(settings.cacheSize());
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.context = context;
    this.conversations = context.getStateStore(settings.names().conversationStore());
    this.turns = settings.classifier() == null ? null
        : context.getStateStore(settings.names().turnStore());
    cache.clear();
  }

  @Override
  public void process(Record<String, byte[]> record) {
    String id = record.key();
    if (id == null || id.isEmpty()) {
      deadLetter(record, "the record has no key; the key must be the conversation id");
      return;
    }
    if (record.value() == null) {
      forget(id);
      return;
    }
    EventRecord event;
    ConversationCache.Entry live;
    try {
      event = EventJson.read(record.value());
      checkKnown(event);
      live = load(id);
    } catch (BadRecordException e) {
      deadLetter(record, e.getMessage());
      return;
    }
    if (event.isCallEnded()) {
      endCall(record, id, live);
      return;
    }
    List<ConversationEvent> events = expand(event, live.previous());
    Conversation conversation = live.conversation();
    if (conversation.eventCount() + events.size() > Conversation.MAX_EVENTS) {
      deadLetter(record, "conversation " + id + " already holds " + conversation.eventCount()
          + " events; one conversation holds at most " + Conversation.MAX_EVENTS);
      return;
    }
    // Apply every event before writing anything: a signal the playbook lacks from a host's own
    // classifier is refused by the engine, and the record then goes to the dead letters whole.
    List<Outcome> outcomes = new ArrayList<>(events.size());
    try {
      for (ConversationEvent e : events) {
        Outcome outcome = conversation.apply(e);
        outcomes.add(outcome);
        conversation = outcome.conversation();
      }
    } catch (IllegalArgumentException e) {
      deadLetter(record, "the event cannot be applied: " + e.getMessage());
      return;
    }
    boolean moved = false;
    for (Outcome outcome : outcomes) {
      if (outcome instanceof Outcome.Accepted accepted && accepted.stageChange() != null) {
        forward(record, accepted.stageChange(), settings.names().stageChangesSink());
        moved = true;
      } else if (outcome instanceof Outcome.Rejected rejected) {
        forward(record, rejected.violation(), settings.names().coachingSink());
      }
    }
    boolean scored = settings.trigger().after(moved, conversation.isEnded());
    store(id, live.encoded().extendTo(conversation), live.previous(),
        nextTurn(event, live.previous()), scored ? conversation.eventCount() : live.scoredAt());
    if (scored) {
      writeScorecard(record, conversation);
    }
  }

  /**
   * The host's word that the call is over: its scorecard goes out (unless scorecards are off, or
   * this processor wrote the scorecard of the conversation as it stands already) and the turn
   * kept for the classifier is dropped; the conversation itself stays as it is.
   */
  private void endCall(Record<String, byte[]> record, String id, ConversationCache.Entry live) {
    Conversation conversation = live.conversation();
    if (conversation.eventCount() == 0) {
      deadLetter(record, "the call " + id + " ended, but no conversation is stored under this"
          + " key; the key must be the id of a call that sent events before");
      return;
    }
    boolean scored = settings.trigger().atCallEnd()
        && live.scoredAt() != conversation.eventCount();
    if (scored) {
      writeScorecard(record, conversation);
    }
    if (turns != null && live.previous() != null) {
      turns.delete(id);
    }
    cache.put(id, new ConversationCache.Entry(live.encoded(), null,
        scored ? conversation.eventCount() : live.scoredAt()));
  }

  private void writeScorecard(Record<String, byte[]> input, Conversation conversation) {
    forward(input, settings.scoring().score(conversation), settings.names().scorecardsSink());
  }

  /** The engine events of one record: an utterance is followed by the signals it shows. */
  private List<ConversationEvent> expand(EventRecord record, @Nullable Utterance previous) {
    ConversationEvent event = record.event();
    if (!(event instanceof Utterance utterance)) {
      return List.of(checkNotNull(event, "a call-ended record holds no event"));
    }
    List<ConversationEvent> events = new ArrayList<>(4);
    events.add(utterance);
    ImmutableList<Signal> given = record.signals();
    if (given != null) {
      for (Signal signal : given) {
        events.add(ObservedSignal.of(signal, utterance.role()));
      }
    } else if (settings.classifier() != null) {
      for (Detection detection : settings.classifier().classify(utterance, previous)) {
        events.add(detection.toEvent());
      }
    }
    return events;
  }

  private void checkKnown(EventRecord record) {
    if (record.event() instanceof ObservedSignal s) {
      checkKnown(s.signal());
    } else if (record.event() instanceof StageRequest r && !playbook.hasStage(r.target())) {
      throw new BadRecordException("playbook '" + playbook.name() + "' has no stage "
          + r.target() + "; its stages are " + playbook.stages());
    }
    if (record.signals() != null) {
      record.signals().forEach(this::checkKnown);
    }
  }

  private void checkKnown(Signal signal) {
    if (!playbook.knows(signal)) {
      throw new BadRecordException("playbook '" + playbook.name() + "' does not know signal "
          + signal + "; declare it in the playbook or map it to a known one");
    }
  }

  private ConversationCache.Entry load(String id) {
    byte[] stored = conversations().get(id);
    if (stored == null) {
      cache.remove(id);
      return new ConversationCache.Entry(EncodedConversation.of(playbook.newConversation()), null);
    }
    ConversationCache.Entry cached = cache.get(id);
    if (cached != null && cached.encoded().hasSnapshot(stored)) {
      return cached;
    }
    EncodedConversation restored;
    try {
      restored = EncodedConversation.decode(playbook, stored);
    } catch (SnapshotException e) {
      throw new BadRecordException("the stored conversation " + id
          + " cannot be restored, so the event was not applied: " + e.getMessage(), e);
    }
    Utterance previous = null;
    if (turns != null) {
      byte[] turn = turns.get(id);
      if (turn != null && EventJson.read(turn).event() instanceof Utterance u) {
        previous = u;
      }
    }
    return new ConversationCache.Entry(restored, previous);
  }

  /**
   * The turn to keep as the classifier's context after {@code record}: an utterance the processor
   * classified becomes it; one that came with the host's own signals leaves none, since a host
   * that classifies its turns needs no context kept (and so pays for no turn store writes); any
   * other event keeps the turn as it was.
   */
  private @Nullable Utterance nextTurn(EventRecord record, @Nullable Utterance previous) {
    if (!(record.event() instanceof Utterance utterance)) {
      return previous;
    }
    return record.signals() == null && settings.classifier() != null ? utterance : null;
  }

  private void store(String id, EncodedConversation encoded, @Nullable Utterance before,
      @Nullable Utterance after, int scoredAt) {
    conversations().put(id, encoded.snapshot());
    Utterance kept = encoded.conversation().isEnded() ? null : after;
    if (turns != null && kept != before) {
      // The classifier reads the turn before an utterance ("Yes." after "did I get that right?"),
      // so the last turn is kept while the call goes on, and dropped when it ends.
      if (kept == null) {
        turns.delete(id);
      } else {
        turns.put(id, EventJson.write(EventRecord.of(kept)));
      }
    }
    cache.put(id, new ConversationCache.Entry(encoded, kept, scoredAt));
  }

  private void forget(String id) {
    conversations().delete(id);
    if (turns != null) {
      turns.delete(id);
    }
    cache.remove(id);
  }

  private void forward(Record<String, byte[]> input, Object value, String sink) {
    context().forward(input.withValue(value), sink);
  }

  private void deadLetter(Record<String, byte[]> record, String reason) {
    RecordMetadata source = context().recordMetadata().orElse(null);
    // The reason never quotes utterance text, so it may be logged above DEBUG.
    LOG.warn("record {} sent to the dead-letter topic: {}",
        source == null ? "(no source)" : source.topic() + "-" + source.partition() + "@"
            + source.offset(), reason);
    context().forward(DeadLetters.of(record, reason, source), settings.names().deadLetterSink());
  }

  private ProcessorContext<String, Object> context() {
    if (context == null) {
      throw new IllegalStateException("the processor was not initialised by Kafka Streams");
    }
    return context;
  }

  private KeyValueStore<String, byte[]> conversations() {
    if (conversations == null) {
      throw new IllegalStateException("the processor was not initialised by Kafka Streams");
    }
    return conversations;
  }

  @Override
  public void close() {
    cache.clear();
  }
}
