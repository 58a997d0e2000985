package org.stagecraft;

/**
 * The engine's transition function: one compact event in, the next conversation out. Each kind of
 * event has its own short method so the common ones (a signal credited in place, an utterance)
 * stay small enough for the JIT to inline; a rejection only records its facts, and the
 * {@link Violation} with its message is built when someone asks for it.
 */
final class Step {
  private Step() {}

  static Conversation apply(Conversation c, int entry, int startMillis, int endMillis) {
    long state = c.state();
    int index = Conversation.length(state);
    if (index >= Conversation.MAX_EVENTS) {
      throw new IllegalStateException("a conversation holds at most " + Conversation.MAX_EVENTS
          + " events; start a new one");
    }
    int clean = entry & ~Entries.REJECTED;
    switch (Entries.kind(clean)) {
      case Entries.SIGNAL:
        return signal(c, clean, state, index);
      case Entries.STAGE_REQUEST:
        return request(c, clean, state, index);
      default:
        return recordTalk(c, clean, state, index, startMillis, endMillis);
    }
  }

  private static Conversation signal(Conversation c, int entry, long state, int index) {
    Playbook playbook = c.playbook();
    int id = Entries.payload(entry);
    int role = Entries.role(entry);
    int stage = Conversation.stageId(state);
    int target = playbook.owner[id * 3 + role];
    Journal journal = c.journal().claim(index);
    if (target >= 0 && target != stage) {
      return attempt(c, journal, entry, state, index, stage, target, true);
    }
    return credit(c, journal, entry, state, index, stage);
  }

  private static Conversation request(Conversation c, int entry, long state, int index) {
    int stage = Conversation.stageId(state);
    int target = Entries.payload(entry);
    Journal journal = c.journal().claim(index);
    if (target == stage) {
      journal.write(index, entry);
      return new Conversation(journal, state + 1);
    }
    return attempt(c, journal, entry, state, index, stage, target, false);
  }

  private static Conversation recordTalk(
      Conversation c, int entry, long state, int index, int startMillis, int endMillis) {
    Journal journal = c.journal().claim(index);
    journal.write(index, entry);
    if (Entries.timed(entry)) {
      journal.writeTimes(index, startMillis, endMillis);
    }
    return new Conversation(journal, state + 1);
  }

  /** Credits a signal: sets its seen bit, bumps its counters, and stays in {@code stage}. */
  private static Conversation credit(
      Conversation c, Journal journal, int entry, long state, int index, int stage) {
    int id = Entries.payload(entry);
    long seen = journal.headSeen();
    if ((seen & (1L << id)) == 0) {
      journal.addSeen(index, seen | 1L << id);
    }
    int counters = c.playbook().counters.bump(Conversation.counters(state), id,
        Entries.role(entry));
    journal.write(index, entry);
    return new Conversation(journal, Conversation.pack(index + 1, stage, counters));
  }

  /**
   * An attempt to enter {@code target}: moves there if allowed, otherwise records a violation.
   * The caller has claimed slot {@code index} of {@code journal}.
   */
  private static Conversation attempt(Conversation c, Journal journal, int entry, long state,
      int index, int stage, int target, boolean bySignal) {
    Playbook playbook = c.playbook();
    int counters = Conversation.counters(state);
    Guard guard = playbook.guard(stage, target);
    long bit = 1L << target;
    Violation.Rule rule;
    if (guard != null) {
      if (guard.holds(journal.headSeen(), counters, playbook.counters)) {
        journal.stageChanges.add(index, target);
        if (bySignal) {
          return credit(c, journal, entry, state, index, target);
        }
        journal.write(index, entry);
        return new Conversation(journal, Conversation.pack(index + 1, target, counters));
      }
      rule = Violation.Rule.EXIT_CRITERIA_NOT_MET;
    } else if ((playbook.ahead[stage] & bit) != 0) {
      rule = Violation.Rule.STAGE_SKIPPED;
    } else if (bySignal && (playbook.behind[stage] & bit) != 0) {
      // A signal of an earlier stage, such as a question during the close: credited in place.
      return credit(c, journal, entry, state, index, stage);
    } else {
      rule = playbook.isTerminal(stage)
          ? Violation.Rule.CONVERSATION_ENDED : Violation.Rule.NO_TRANSITION;
    }
    journal.violations.add(index, Violations.pack(rule, stage, target, counters));
    journal.write(index, entry | Entries.REJECTED);
    return new Conversation(journal, state + 1);
  }
}
