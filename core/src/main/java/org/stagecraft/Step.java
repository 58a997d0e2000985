package org.stagecraft;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.stagecraft.internal.StageGraph;

/**
 * The engine's transition function: one compact event in, the next conversation out. Pure apart
 * from appending to the journal, allocation-free on the accepted path except the new
 * conversation. Rejections take a slower path that builds the {@link Violation}.
 */
final class Step {
  private static final int MOVE = -1;
  private static final int IN_PLACE = -2;
  private static final int STAY = -3;

  private Step() {}

  static Conversation apply(Conversation c, int entry, int startMillis, int endMillis) {
    Playbook playbook = c.playbook();
    long state = c.state();
    int index = Conversation.length(state);
    if (index >= Conversation.MAX_EVENTS) {
      throw new IllegalStateException("a conversation holds at most " + Conversation.MAX_EVENTS
          + " events; start a new one");
    }
    int stage = Conversation.stageId(state);
    int counters = Conversation.counters(state);
    long seen = c.seen();
    int kind = Entries.kind(entry);
    int role = Entries.role(entry);
    int payload = Entries.payload(entry);

    int outcome = STAY;
    int target = stage;
    if (kind == Entries.SIGNAL) {
      target = playbook.owner[payload * 3 + role];
      outcome = target < 0 || target == stage
          ? IN_PLACE : attempt(playbook, stage, target, seen, counters, true);
    } else if (kind == Entries.STAGE_REQUEST && payload != stage) {
      target = payload;
      outcome = attempt(playbook, stage, target, seen, counters, false);
    }

    int next = outcome == MOVE ? target : stage;
    if (kind == Entries.SIGNAL && (outcome == MOVE || outcome == IN_PLACE)) {
      seen |= 1L << payload;
      counters = playbook.counters.bump(counters, payload, role);
    }
    boolean rejected = outcome >= 0;
    Journal journal = c.journal().claim(index);
    journal.write(index, rejected ? entry | Entries.REJECTED : entry & ~Entries.REJECTED);
    if (Entries.timed(entry)) {
      journal.writeTimes(index, startMillis, endMillis);
    }
    if (outcome == MOVE) {
      journal.addStageChange(index, next);
    } else if (rejected) {
      journal.addViolation(Violations.of(
          Violation.Rule.values()[outcome], playbook, index, stage, target, kind, role, payload,
          c.seen(), Conversation.counters(state)));
    }
    return new Conversation(journal, seen, Conversation.pack(index + 1, next, counters));
  }

  /** Where an attempt to enter {@code target} from {@code stage} leads: a move, or a rule. */
  private static int attempt(
      Playbook playbook, int stage, int target, long seen, int counters, boolean bySignal) {
    Guard guard = playbook.guard(stage, target);
    if (guard != null) {
      return guard.holds(seen, counters, playbook.counters)
          ? MOVE : Violation.Rule.EXIT_CRITERIA_NOT_MET.ordinal();
    }
    long bit = 1L << target;
    if ((playbook.ahead[stage] & bit) != 0) {
      return Violation.Rule.STAGE_SKIPPED.ordinal();
    }
    if (bySignal && (playbook.behind[stage] & bit) != 0) {
      return IN_PLACE; // a signal of an earlier stage, such as a question during the close
    }
    return playbook.isTerminal(stage)
        ? Violation.Rule.CONVERSATION_ENDED.ordinal() : Violation.Rule.NO_TRANSITION.ordinal();
  }

  /** Builds violations; off the hot path. */
  static final class Violations {
    private Violations() {}

    static Violation of(
        Violation.Rule rule, Playbook playbook, int index, int stageId, int targetId, int kind,
        int role, int payload, long seen, int counters) {
      Stage stage = playbook.stage(stageId);
      Stage target = playbook.stage(targetId);
      Signal signal = kind == Entries.SIGNAL ? playbook.signals.signal(payload) : null;
      SpeakerRole by = kind == Entries.SIGNAL ? SpeakerRole.values()[role] : null;
      String what = signal == null
          ? "(stage request)"
          : "(" + signal.label() + " by the " + by.label() + ")";
      ImmutableList<Shortfall> missing = ImmutableList.of();
      String message;
      switch (rule) {
        case EXIT_CRITERIA_NOT_MET -> {
          Transition t = playbook.transition(stage, target).orElseThrow();
          missing = Shortfalls.of(t.guard(), playbook, seen, counters);
          message = target.label() + " attempted " + what + " before " + stage.label()
              + " was complete: missing " + Shortfalls.describe(missing);
        }
        case STAGE_SKIPPED -> {
          int[] path = StageGraph.shortestPath(playbook.successors, stageId, targetId);
          missing = Shortfalls.alongPath(path, playbook, seen, counters);
          String route = Arrays.stream(path).mapToObj(i -> playbook.stage(i).name())
              .collect(Collectors.joining(" -> "));
          message = target.label() + " attempted " + what + " from " + stage.label()
              + ", skipping the way " + route
              + (missing.isEmpty() ? "" : ": missing " + Shortfalls.describe(missing));
        }
        case CONVERSATION_ENDED -> message = target.label() + " attempted " + what
            + " after the conversation ended in " + stage.label();
        default -> message = target.label() + " attempted " + what + " from " + stage.label()
            + ", but the playbook has no way from " + stage + " to " + target
            + "; from " + stage + " it allows " + exits(playbook, stageId);
      }
      return new Violation(rule, index, stage, target, signal, by, missing, message);
    }

    private static String exits(Playbook playbook, int stageId) {
      long out = playbook.successors[stageId];
      if (out == 0) {
        return "nothing";
      }
      StringBuilder names = new StringBuilder();
      for (long s = out; s != 0; s &= s - 1) {
        names.append(names.length() == 0 ? "" : ", ")
            .append(playbook.stage(Long.numberOfTrailingZeros(s)));
      }
      return names.toString();
    }
  }
}
