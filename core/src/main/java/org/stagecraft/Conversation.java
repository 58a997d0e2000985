package org.stagecraft;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.event.Utterance;
import org.stagecraft.internal.StageGraph;

/**
 * A sales conversation following a {@link Playbook}: where it stands, how it got there, what it
 * has shown, and which rules it broke. Start one with {@link Playbook#newConversation()}, then
 * {@link #apply(ConversationEvent)} events in order; each call returns a new conversation and
 * leaves this one as it was.
 *
 * <p>Immutable and thread-safe. Equal events applied in the same order to the same playbook give
 * equal conversations; nothing here reads a clock or a random source. Successive conversations
 * share their record of events, so each {@code advance} costs one 24-byte object and about 9
 * bytes of journal growth (docs/benchmarks.md); see {@link Journal}.
 *
 * <p>Costs: {@link #stage()} and {@link #eventCount()} are constant time; so are {@link
 * #hasSeen(Signal)} and applying an event, for the newest conversation of a line. Applying an
 * event to an older conversation branches, copying a small part of the shared record (see
 * docs/engine.md). History and violations are linear in their length; {@link #summary()} and
 * {@link #talk} extend the newest summary of the line by the events since; counts and evidence
 * scan the record, linear in the number of events.
 */
public final class Conversation {
  /** The most events one conversation may hold (24 bits of its packed state). */
  public static final int MAX_EVENTS = (1 << 24) - 1;

  private final Journal journal;
  /** Bits 0-23: event count; 24-31: stage id; 32-63: guard counters. */
  private final long state;

  Conversation(Journal journal, long state) {
    this.journal = journal;
    this.state = state;
  }

  static Conversation fresh(Playbook playbook) {
    return new Conversation(playbook.emptyJournal, pack(0, playbook.start, 0));
  }

  static long pack(int length, int stageId, int counters) {
    return length | (long) stageId << 24 | (long) counters << 32;
  }

  static int length(long state) {
    return (int) (state & MAX_EVENTS);
  }

  static int stageId(long state) {
    return (int) (state >>> 24) & 0xff;
  }

  static int counters(long state) {
    return (int) (state >>> 32);
  }

  /**
   * Applies one event and says whether it was accepted.
   *
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if the event names a signal or stage this playbook lacks
   * @throws IllegalStateException if the conversation already holds {@link #MAX_EVENTS} events
   */
  public Outcome apply(ConversationEvent event) {
    Conversation next = advance(event);
    int index = eventCount();
    if (Entries.rejected(next.journal.entry(index))) {
      return new Outcome.Rejected(next,
          Violations.read(next.journal, next.journal.violations.countBefore(index)));
    }
    StageChange change = next.stageIndex() == stageIndex()
        ? null : new StageChange(stage(), next.stage(), index);
    return new Outcome.Accepted(next, change);
  }

  /**
   * Applies one event and returns the conversation after it, accepted or not: the cheapest way to
   * fold a stream of events. A rejection is still recorded in {@link #violations()}.
   *
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if the event names a signal or stage this playbook lacks
   * @throws IllegalStateException if the conversation already holds {@link #MAX_EVENTS} events
   */
  public Conversation advance(ConversationEvent event) {
    checkNotNull(event, "event");
    int entry = Entries.encode(event, journal.playbook);
    int index = Step.nextIndex(state);
    Journal line = journal.claim(index);
    long next = event instanceof Utterance u && u.isTimed()
        ? Step.apply(line, state, index, entry, (int) u.start().toMillis(),
            (int) u.end().toMillis())
        : Step.apply(line, state, index, entry, 0, 0);
    return new Conversation(line, next);
  }

  /**
   * A mutable builder that continues this conversation in place, for one owner folding many
   * events: it allocates no conversation per event and skips the per-event compare-and-set. Its
   * {@link ConversationBuilder#build()} returns a conversation equal to the one {@link #advance}
   * would have reached. This conversation is not changed.
   */
  public ConversationBuilder toBuilder() {
    return new ConversationBuilder(journal, state);
  }

  /**
   * Applies every event in order and returns the conversation after the last.
   *
   * @throws NullPointerException if {@code events} or one of them is null
   * @throws IllegalArgumentException if an event names a signal or stage this playbook lacks
   */
  public Conversation advanceAll(Iterable<? extends ConversationEvent> events) {
    // One owner for the whole fold: no intermediate conversation per event (equal result).
    return toBuilder().advanceAll(events).build();
  }

  /** The playbook this conversation follows. */
  public Playbook playbook() {
    return journal.playbook;
  }

  /** The current stage. */
  public Stage stage() {
    return journal.playbook.stage(stageIndex());
  }

  /** Whether the conversation is in a terminal stage. */
  public boolean isEnded() {
    return journal.playbook.isTerminal(stageIndex());
  }

  /** How many events were applied, accepted or rejected; the next event gets this index. */
  public int eventCount() {
    return length(state);
  }

  /** The stages entered, in order, starting with the start stage at event 0. */
  public ImmutableList<StageEntry> history() {
    IndexedLog changes = journal.stageChanges;
    int count = changes.countBefore(eventCount());
    ImmutableList.Builder<StageEntry> out = ImmutableList.builderWithExpectedSize(count + 1);
    out.add(new StageEntry(journal.playbook.startStage(), 0));
    for (int i = 0; i < count; i++) {
      out.add(new StageEntry(journal.playbook.stage((int) changes.value(i)), changes.stamp(i)));
    }
    return out.build();
  }

  /** Every rule broken so far, in event order. */
  public ImmutableList<Violation> violations() {
    int count = violationCount();
    ImmutableList.Builder<Violation> out = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      out.add(Violations.read(journal, i));
    }
    return out.build();
  }

  /**
   * Whether an accepted event has shown {@code signal}. Constant time for the newest conversation
   * of its journal; at most 64 steps for an older one.
   */
  public boolean hasSeen(Signal signal) {
    int id = journal.playbook.signals.id(checkNotNull(signal, "signal"));
    return id >= 0 && (seen() & (1L << id)) != 0;
  }

  /** The signals shown by accepted events, in the playbook's signal order. */
  public ImmutableSet<Signal> signalsSeen() {
    ImmutableSet.Builder<Signal> out = ImmutableSet.builder();
    for (long s = seen(); s != 0; s &= s - 1) {
      out.add(journal.playbook.signals.get(Long.numberOfTrailingZeros(s)));
    }
    return out.build();
  }

  /** How many accepted events showed {@code signal}, from anyone. */
  public int count(Signal signal) {
    return evidence(signal, null).size();
  }

  /** How many accepted events showed {@code signal} from {@code by}. */
  public int count(Signal signal, SpeakerRole by) {
    return evidence(signal, checkNotNull(by, "by")).size();
  }

  /** The indices of the accepted events that showed {@code signal}: the evidence for it. */
  public ImmutableList<Integer> evidence(Signal signal) {
    return evidence(signal, null);
  }

  private ImmutableList<Integer> evidence(Signal signal, @Nullable SpeakerRole by) {
    int id = journal.playbook.signals.id(checkNotNull(signal, "signal"));
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    if (id < 0 || (seen() & (1L << id)) == 0) {
      return out.build();
    }
    for (int i = 0, n = eventCount(); i < n; i++) {
      int entry = journal.entry(i);
      if (Entries.kind(entry) == Entries.SIGNAL && !Entries.rejected(entry)
          && Entries.payload(entry) == id && (by == null || Entries.role(entry) == by.ordinal())) {
        out.add(i);
      }
    }
    return out.build();
  }

  /** How much {@code role} talked: turns, words and, where utterances had times, duration. */
  public TalkStats talk(SpeakerRole role) {
    return summary().talk(role);
  }

  /**
   * Running totals for scoring: talk per role and stage, signals shown and credited, the longest
   * seller monologue, touches, violations. Extends the newest summary of this conversation's line,
   * so calling it after every event costs time in proportion to the new events only.
   */
  public Summary summary() {
    return journal.summary(eventCount());
  }

  /**
   * What is still missing to leave the current stage along a guarded transition: its exit
   * criteria that do not hold yet. Empty when they hold, or when the conversation has ended.
   */
  public ImmutableList<Shortfall> missingToExit() {
    if (isEnded()) {
      return ImmutableList.of();
    }
    Criterion exit = journal.playbook.exitCriteria(stage());
    return Shortfalls.of(exit, journal.playbook, seen(), counters(state));
  }

  /**
   * What is still missing to reach {@code target} from here: the unmet guards along the shortest
   * way there. Empty if the way is open or {@code target} is the current stage.
   *
   * @throws IllegalArgumentException if the playbook has no such stage, or no way leads there
   */
  public ImmutableList<Shortfall> missingFor(Stage target) {
    Playbook playbook = journal.playbook;
    int to = playbook.requireStage(target);
    int[] path = StageGraph.shortestPath(playbook.successors, stageIndex(), to);
    if (path == null) {
      throw new IllegalArgumentException("no way leads from " + stage() + " to " + target
          + " in playbook '" + playbook.name() + "'");
    }
    return Shortfalls.alongPath(path, playbook, seen(), counters(state));
  }

  /**
   * One line of coaching for the seller: where the conversation is and what would let it move on.
   * Holds no utterance text.
   */
  public String coachingHint() {
    if (isEnded()) {
      return "The conversation ended in " + stage() + ".";
    }
    ImmutableList<Shortfall> missing = missingToExit();
    if (missing.isEmpty()) {
      return "In " + stage() + ": its exit criteria hold; the conversation may move on.";
    }
    return "In " + stage() + ": before moving on, still needs " + Shortfalls.describe(missing)
        + ".";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Conversation that)) {
      return false;
    }
    if (state != that.state
        || journal.playbook.fingerprint() != that.journal.playbook.fingerprint()) {
      return false;
    }
    for (int i = 0, n = eventCount(); i < n; i++) {
      int entry = journal.entry(i);
      if (entry != that.journal.entry(i)) {
        return false;
      }
      if (Entries.timed(entry)
          && (journal.startMillis(i) != that.journal.startMillis(i)
              || journal.endMillis(i) != that.journal.endMillis(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = Long.hashCode(state);
    for (int i = 0, n = eventCount(); i < n; i++) {
      hash = hash * 31 + journal.entry(i);
    }
    return hash;
  }

  @Override
  public String toString() {
    return "Conversation[playbook=" + journal.playbook.name() + ", stage=" + stage()
        + ", events=" + eventCount() + ", violations=" + violationCount() + "]";
  }

  Journal journal() {
    return journal;
  }

  /** The seen-signal bit set; constant time for the newest conversation of a journal. */
  long seen() {
    return journal.seenBefore(eventCount());
  }

  long state() {
    return state;
  }

  int stageIndex() {
    return stageId(state);
  }

  private int violationCount() {
    return journal.violations.countBefore(eventCount());
  }
}
