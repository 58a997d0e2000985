package org.stagecraft;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The record of a line of conversations: one compact int per event (see {@link Entries}), event
 * times when known, and three {@link IndexedLog}s (stage changes, the seen-signal set after each
 * first sighting, and violations). Conversations that follow one another share a journal instead
 * of copying it: a conversation of length {@code n} reads only what was stamped before {@code n},
 * and appending from the newest conversation writes in place. Appending from an older one (a
 * branch) first copies its prefix into a journal of its own.
 *
 * <p>Entries live in chunks of 64 so the record grows without copying; a branch shares the full
 * chunks below its length, which never change, and copies only the last one.
 *
 * <p>Thread-safety: a slot is taken with a compare-and-set, so two threads appending to the same
 * conversation never share one; the loser branches. A {@link ConversationBuilder} takes the whole
 * tail at once and writes without further compare-and-sets until it hands out a conversation. Everything below a conversation's length is
 * written before that conversation is constructed and never changes afterwards.
 */
final class Journal {
  private static final VarHandle CLAIMED;

  static {
    try {
      CLAIMED = MethodHandles.lookup().findVarHandle(Journal.class, "claimed", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** {@code claimed} while a {@link ConversationBuilder} owns the journal's tail. */
  private static final int OWNED = Integer.MIN_VALUE;
  private static final int CHUNK_BITS = 6;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int[][] NO_CHUNKS = new int[0][];
  private static final int[] NO_INTS = new int[0];

  final Playbook playbook;
  /** The playbook's tables the engine reads per event, one load closer to the hot path. */
  final int[] owner;
  final CounterLayout counters;
  @SuppressWarnings("unused") // accessed through CLAIMED; -1 for the shared empty journal
  private int claimed;
  // volatile: a reader may follow a newer array than the one its conversation was built on
  private volatile int[][] chunks;
  private volatile int[] times = NO_INTS;
  final IndexedLog stageChanges;
  final IndexedLog seenChanges;
  final IndexedLog violations;
  /**
   * The seen-signal set of the newest conversation, for the slot owner only: whoever holds slot
   * {@code n} sees every write made before conversation {@code n} existed, and nobody else
   * writes here until it is done. Readers of any conversation use {@link #seenBefore} instead.
   */
  private long headSeen;
  /** Events between the summaries a journal keeps for scoring earlier conversations. */
  static final int SUMMARY_CHECKPOINT = 256;
  private static final Summary[] NO_SUMMARIES = new Summary[0];

  /** The longest summary computed on this journal; valid for every conversation at least as long. */
  private volatile @Nullable Summary summary;
  /** Summaries of the first {@code (k + 1) * SUMMARY_CHECKPOINT} events, copied on write. */
  private volatile Summary[] checkpoints = NO_SUMMARIES;

  private Journal(Playbook playbook, int claimed, int[][] chunks, IndexedLog stageChanges,
      IndexedLog seenChanges, IndexedLog violations) {
    this.playbook = playbook;
    this.owner = playbook.owner;
    this.counters = playbook.counters;
    this.claimed = claimed;
    this.chunks = chunks;
    this.stageChanges = stageChanges;
    this.seenChanges = seenChanges;
    this.violations = violations;
  }

  /** The journal every fresh conversation of {@code playbook} points at; never written. */
  static Journal empty(Playbook playbook) {
    return new Journal(playbook, -1, NO_CHUNKS, new IndexedLog(), new IndexedLog(),
        new IndexedLog());
  }

  /**
   * A journal in which slot {@code length} is the caller's to write: this one if the slot was
   * free, otherwise a copy of the first {@code length} events.
   */
  Journal claim(int length) {
    return CLAIMED.compareAndSet(this, length, length + 1) ? this : branch(length, length + 1);
  }

  /**
   * For a {@link ConversationBuilder}: a journal whose tail from slot {@code length} on is the
   * caller's alone until {@link #release}: this one if nobody had claimed slot {@code length},
   * otherwise a copy of the first {@code length} events. Any conversation that tries to append to
   * an owned journal branches instead.
   */
  Journal claimForOwner(int length) {
    return CLAIMED.compareAndSet(this, length, OWNED) ? this : branch(length, OWNED);
  }

  /**
   * Ends a builder's ownership: slot {@code length} may be claimed again, by the conversation the
   * builder hands out or by the builder itself. Publishes the owner's writes to claimers.
   */
  void release(int length) {
    CLAIMED.setRelease(this, length);
  }

  private Journal branch(int length, int claimedAfter) {
    int full = length >>> CHUNK_BITS;
    int[][] copied = Arrays.copyOf(chunks, Math.max(4, full + 1));
    Arrays.fill(copied, full, copied.length, null);
    if ((length & (CHUNK - 1)) != 0) {
      copied[full] = Arrays.copyOf(chunks[full], CHUNK);
    }
    Journal branch = new Journal(playbook, claimedAfter, copied, stageChanges.copyBefore(length),
        seenChanges.copyBefore(length), violations.copyBefore(length));
    branch.headSeen = seenBefore(length);
    Summary known = summary;
    if (known != null && known.eventCount() <= length) {
      branch.summary = known;
    }
    Summary[] saved = checkpoints;
    int kept = Math.min(saved.length, length / SUMMARY_CHECKPOINT);
    branch.checkpoints = kept == 0 ? NO_SUMMARIES : Arrays.copyOf(saved, kept);
    if (times.length > 0) {
      branch.times = Arrays.copyOf(times, Math.min(times.length, length * 2));
    }
    return branch;
  }

  void write(int index, int entry) {
    int chunk = index >>> CHUNK_BITS;
    int[][] all = chunks;
    if (chunk == all.length) {
      all = Arrays.copyOf(all, Math.max(4, chunk * 2));
      chunks = all;
    }
    int[] slots = all[chunk];
    if (slots == null) {
      slots = new int[CHUNK];
      all[chunk] = slots;
    }
    slots[index & (CHUNK - 1)] = entry;
  }

  void writeTimes(int index, int startMillis, int endMillis) {
    int[] all = times;
    if (all.length < index * 2 + 2) {
      all = Arrays.copyOf(all, Math.max(32, (index + 1) * 4));
    }
    all[index * 2] = startMillis;
    all[index * 2 + 1] = endMillis;
    times = all;
  }

  int entry(int index) {
    return chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
  }

  int startMillis(int index) {
    return times[index * 2];
  }

  int endMillis(int index) {
    return times[index * 2 + 1];
  }

  /**
   * The summary of the first {@code length} events: the newest kept summary or the nearest
   * checkpoint, extended. Extending past a checkpoint boundary keeps a summary there, so any
   * earlier conversation is at most {@link #SUMMARY_CHECKPOINT} events from one. Races between
   * threads are benign: every kept summary is a correct summary of this journal's prefix.
   */
  Summary summary(int length) {
    Summary known = summary;
    Summary[] saved = checkpoints;
    int nearest = Math.min(saved.length, length / SUMMARY_CHECKPOINT);
    Summary checkpoint = nearest > 0 ? saved[nearest - 1] : null;
    Summary base;
    if (known != null && known.eventCount() <= length
        && (checkpoint == null || known.eventCount() > checkpoint.eventCount())) {
      base = known;
    } else {
      base = checkpoint != null ? checkpoint : Summary.empty(playbook);
    }
    while (base.eventCount() < length) {
      int boundary = (base.eventCount() / SUMMARY_CHECKPOINT + 1) * SUMMARY_CHECKPOINT;
      base = base.extend(this, Math.min(length, boundary));
      if (base.eventCount() == boundary) {
        keepCheckpoint(base);
      }
    }
    if (known == null || base.eventCount() > known.eventCount()) {
      summary = base;
    }
    return base;
  }

  private synchronized void keepCheckpoint(Summary s) {
    Summary[] saved = checkpoints;
    if (saved.length == s.eventCount() / SUMMARY_CHECKPOINT - 1) {
      Summary[] grown = Arrays.copyOf(saved, saved.length + 1);
      grown[saved.length] = s;
      checkpoints = grown;
    }
  }

  /** The seen-signal set at the slot just claimed; only for its owner (see {@link #headSeen}). */
  long headSeen() {
    return headSeen;
  }

  /** Records that the event in the owner's slot showed signals not seen before. */
  void addSeen(int index, long seen) {
    headSeen = seen;
    seenChanges.add(index, seen);
  }

  /** The signals seen by accepted events before event {@code length}, one bit per signal id. */
  long seenBefore(int length) {
    return seenChanges.lastBefore(length, 0L);
  }
}
