package org.stagecraft.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.EncodedConversation;
import org.stagecraft.event.Utterance;

/**
 * The live conversations a processor has recently seen, so that the next event of a call does not
 * replay its whole snapshot. The store stays the source of truth: an entry is used only while the
 * store still holds the very bytes it was made from (see {@link ConversationProcessor}).
 *
 * <p>Least recently used entries are dropped past the capacity. Not thread-safe: one per
 * processor instance, used by its stream thread only.
 */
final class ConversationCache {
  /**
   * A conversation with the snapshot it was stored as, the turn before the next one, and the
   * event count at which this processor last wrote its scorecard ({@link #NOT_SCORED} if it has
   * not, as after a restart), so that the end of a call does not write the same scorecard again.
   */
  record Entry(EncodedConversation encoded, @Nullable Utterance previous, int scoredAt) {
    static final int NOT_SCORED = -1;

    /** A conversation this processor has not written a scorecard of. */
    Entry(EncodedConversation encoded, @Nullable Utterance previous) {
      this(encoded, previous, NOT_SCORED);
    }

    Conversation conversation() {
      return encoded.conversation();
    }
  }

  private final LinkedHashMap<String, Entry> entries;

  ConversationCache(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ConversationCache.Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  @Nullable Entry get(String id) {
    return entries.get(id);
  }

  void put(String id, Entry entry) {
    entries.put(id, entry);
  }

  void remove(String id) {
    entries.remove(id);
  }

  void clear() {
    entries.clear();
  }
}
