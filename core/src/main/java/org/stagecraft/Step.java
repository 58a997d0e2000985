package org.stagecraft;

/**
 * The engine's transition function: one compact event in, the next packed state out. The caller
 * has claimed the event's slot in {@code journal} (see {@link Journal#claim}); every path writes
 * the entry there and returns the state after it. Each kind of event has its own short method so
 * the common ones (a signal credited in place, an utterance) stay small enough for the JIT to
 * inline; a rejection only records its facts, and the {@link Violation} with its message is
 * built when someone asks for it. Shared by {@link Conversation} (a new immutable value per
 * event) and {@link ConversationBuilder} (one owner, in place).
 */
final class Step {
  private Step() {}

  /**
   * The index the next event gets in a conversation with packed state {@code state}.
   *
   * @throws IllegalStateException if the conversation already holds {@link
   *     Conversation#MAX_EVENTS} events
   */
  static int nextIndex(long state) {
    int index = Conversation.length(state);
    if (index >= Conversation.MAX_EVENTS) {
      throw new IllegalStateException("a conversation holds at most " + Conversation.MAX_EVENTS
          + " events; start a new one");
    }
    return index;
  }

  /** Applies {@code entry} at slot {@code index}, already claimed in {@code journal}. */
  static long apply(Journal journal, long state, int index, int entry, int startMillis,
      int endMillis) {
    int clean = entry & ~Entries.REJECTED;
    switch (Entries.kind(clean)) {
      case Entries.SIGNAL:
        return signal(journal, clean, state, index);
      case Entries.STAGE_REQUEST:
        return request(journal, clean, state, index);
      default:
        return recordTalk(journal, clean, state, index, startMillis, endMillis);
    }
  }

  private static long signal(Journal journal, int entry, long state, int index) {
    int id = Entries.payload(entry);
    int role = Entries.role(entry);
    int stage = Conversation.stageId(state);
    int target = journal.owner[id * 3 + role];
    if (target >= 0 && target != stage) {
      return attempt(journal, entry, state, index, stage, target, true);
    }
    return credit(journal, entry, state, index, stage);
  }

  private static long request(Journal journal, int entry, long state, int index) {
    int stage = Conversation.stageId(state);
    int target = Entries.payload(entry);
    if (target == stage) {
      journal.write(index, entry);
      return state + 1;
    }
    return attempt(journal, entry, state, index, stage, target, false);
  }

  private static long recordTalk(
      Journal journal, int entry, long state, int index, int startMillis, int endMillis) {
    journal.write(index, entry);
    if (Entries.timed(entry)) {
      journal.writeTimes(index, startMillis, endMillis);
    }
    return state + 1;
  }

  /** Credits a signal: sets its seen bit, bumps its counters, and stays in {@code stage}. */
  private static long credit(Journal journal, int entry, long state, int index, int stage) {
    int id = Entries.payload(entry);
    long seen = journal.headSeen();
    if ((seen & (1L << id)) == 0) {
      journal.addSeen(index, seen | 1L << id);
    }
    int counters = journal.counters.bump(Conversation.counters(state), id,
        Entries.role(entry));
    journal.write(index, entry);
    return Conversation.pack(index + 1, stage, counters);
  }

  /**
   * An attempt to enter {@code target}: moves there if allowed, otherwise records a violation.
   * The caller has claimed slot {@code index} of {@code journal}.
   */
  private static long attempt(Journal journal, int entry, long state, int index, int stage,
      int target, boolean bySignal) {
    Playbook playbook = journal.playbook;
    int counters = Conversation.counters(state);
    Guard guard = playbook.guard(stage, target);
    long bit = 1L << target;
    Violation.Rule rule;
    if (guard != null) {
      if (guard.holds(journal.headSeen(), counters, playbook.counters)) {
        journal.stageChanges.add(index, target);
        if (bySignal) {
          return credit(journal, entry, state, index, target);
        }
        journal.write(index, entry);
        return Conversation.pack(index + 1, target, counters);
      }
      rule = Violation.Rule.EXIT_CRITERIA_NOT_MET;
    } else if ((playbook.ahead[stage] & bit) != 0) {
      rule = Violation.Rule.STAGE_SKIPPED;
    } else if (bySignal && (playbook.behind[stage] & bit) != 0) {
      // A signal of an earlier stage, such as a question during the close: credited in place.
      return credit(journal, entry, state, index, stage);
    } else {
      rule = playbook.isTerminal(stage)
          ? Violation.Rule.CONVERSATION_ENDED : Violation.Rule.NO_TRANSITION;
    }
    journal.violations.add(index, Violations.pack(rule, stage, target, counters));
    journal.write(index, entry | Entries.REJECTED);
    return state + 1;
  }
}
