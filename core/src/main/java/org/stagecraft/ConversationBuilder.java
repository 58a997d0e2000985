package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;
import org.stagecraft.internal.EngineAccess;

/**
 * Continues a {@link Conversation} in place, for a single owner that folds many events: a batch
 * scorer reading a transcript, a stream processor with one task per conversation, a snapshot being
 * restored. It applies events with exactly the engine's rules and records them in the same shared
 * journal, but holds one mutable state instead of returning a new conversation per event, so a
 * step allocates nothing beyond the journal's own growth and needs no compare-and-set. {@link
 * #build()} hands out the immutable conversation at this point, cheaply (one small object sharing
 * the journal), and the builder may go on afterwards.
 *
 * <p>Start one with {@link Conversation#toBuilder()}, for example {@code
 * playbook.newConversation().toBuilder()}.
 *
 * <p>Not thread-safe: one thread owns a builder. Conversations it builds are immutable and
 * thread-safe like any other; while the builder goes on, advancing one of them branches off a
 * copy of its record instead of sharing the builder's, which is correct and costs a copy of the
 * last chunk of events.
 *
 * <p>Why a separate type: conversations stay immutable values (see docs/engine.md), and the
 * cost that immutability adds per event (one object, one compare-and-set) is kept out of folds
 * that never look at the intermediate values.
 */
public final class ConversationBuilder {
  static {
    // The transcript path's way to hand over word counts it has taken (see EngineAccess).
    EngineAccess.register((builder, utterance, words) -> {
      // Checked wherever assertions are on (every test run): a wrong count would go unnoticed.
      assert words == utterance.wordCount() : "a word count of " + words + " handed over for an"
          + " utterance of " + utterance.wordCount() + " words";
      builder.advance(utterance, words);
    });
  }

  private Journal journal;
  private long state;
  /** Whether this builder owns the journal's tail (see {@link Journal#claimForOwner}). */
  private boolean owner;

  ConversationBuilder(Journal journal, long state) {
    this.journal = journal;
    this.state = state;
  }

  /**
   * Applies one event, accepted or not, like {@link Conversation#advance}.
   *
   * @return this builder
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if the event names a signal or stage the playbook lacks
   * @throws IllegalStateException if the conversation already holds {@link
   *     Conversation#MAX_EVENTS} events
   */
  public ConversationBuilder advance(ConversationEvent event) {
    checkNotNull(event, "event");
    if (event instanceof Utterance u) {
      return advance(u, u.wordCount());
    }
    return applyEntry(Entries.encode(event, journal.playbook), 0, 0);
  }

  /** Applies {@code utterance}, whose {@link Utterance#wordCount()} is {@code words}. */
  private ConversationBuilder advance(Utterance utterance, int words) {
    int entry = Entries.utterance(utterance, words);
    if (utterance.isTimed()) {
      return applyEntry(entry, (int) utterance.start().toMillis(),
          (int) utterance.end().toMillis());
    }
    return applyEntry(entry, 0, 0);
  }

  /**
   * Applies every event in order.
   *
   * @return this builder
   * @throws NullPointerException if {@code events} or one of them is null
   * @throws IllegalArgumentException if an event names a signal or stage the playbook lacks
   */
  public ConversationBuilder advanceAll(Iterable<? extends ConversationEvent> events) {
    for (ConversationEvent event : checkNotNull(events, "events")) {
      advance(event);
    }
    return this;
  }

  /** Applies an encoded entry; shared with snapshot decoding, which has entries, not events. */
  ConversationBuilder applyEntry(int entry, int startMillis, int endMillis) {
    int index = Step.nextIndex(state);
    if (!owner) {
      journal = journal.claimForOwner(index);
      owner = true;
    }
    state = Step.apply(journal, state, index, entry, startMillis, endMillis);
    return this;
  }

  /** The playbook the conversation follows. */
  public Playbook playbook() {
    return journal.playbook;
  }

  /** The current stage. */
  public Stage stage() {
    return journal.playbook.stage(Conversation.stageId(state));
  }

  /** How many events were applied, accepted or rejected. */
  public int eventCount() {
    return Conversation.length(state);
  }

  /**
   * The conversation at this point: immutable, equal to the one {@link Conversation#advance}
   * would have reached with the same events. The builder may go on afterwards.
   */
  public Conversation build() {
    if (owner) {
      journal.release(Conversation.length(state));
      owner = false;
    }
    return new Conversation(journal, state);
  }

  /** Entry {@code index} as recorded; for snapshot decoding. */
  int entry(int index) {
    return journal.entry(index);
  }

  @Override
  public String toString() {
    return "ConversationBuilder[playbook=" + journal.playbook.name() + ", stage=" + stage()
        + ", events=" + eventCount() + "]";
  }
}
