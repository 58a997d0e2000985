package org.stagecraft;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.stagecraft.internal.StageGraph;

/**
 * Turns the facts a rejection records (rule, stage, target and the guard counters at that moment,
 * packed in one long) back into a {@link Violation} with its shortfalls and message. Runs when a
 * host asks, off the engine's hot path.
 */
final class Violations {
  private static final Violation.Rule[] RULES = Violation.Rule.values();

  private Violations() {}

  static long pack(Violation.Rule rule, int stage, int target, int counters) {
    return rule.ordinal() | (long) stage << 8 | (long) target << 16
        | (counters & 0xffffffffL) << 24;
  }

  /** The violation recorded as entry {@code i} of {@code journal}'s violation log. */
  static Violation read(Journal journal, int i) {
    int index = journal.violations.stamp(i);
    long packed = journal.violations.value(i);
    Playbook playbook = journal.playbook;
    Violation.Rule rule = RULES[(int) (packed & 0xff)];
    int stageId = (int) (packed >>> 8) & 0xff;
    int targetId = (int) (packed >>> 16) & 0xff;
    int counters = (int) (packed >>> 24);
    long seen = journal.seenBefore(index);
    int entry = journal.entry(index);

    Stage stage = playbook.stage(stageId);
    Stage target = playbook.stage(targetId);
    boolean bySignal = Entries.kind(entry) == Entries.SIGNAL;
    Signal signal = bySignal ? playbook.signals.get(Entries.payload(entry)) : null;
    SpeakerRole by = bySignal ? SpeakerRole.values()[Entries.role(entry)] : null;
    String what = bySignal
        ? "(" + signal.label() + " by the " + by.label() + ")" : "(stage request)";
    String attempted = target.label() + " attempted " + what;
    ImmutableList<Shortfall> missing = ImmutableList.of();
    String message;
    switch (rule) {
      case EXIT_CRITERIA_NOT_MET -> {
        Transition t = playbook.transition(stage, target).orElseThrow();
        missing = Shortfalls.of(t.guard(), playbook, seen, counters);
        message = attempted + " before " + stage.label() + " was complete: missing "
            + Shortfalls.describe(missing);
      }
      case STAGE_SKIPPED -> {
        int[] path = StageGraph.shortestPath(playbook.successors, stageId, targetId);
        missing = Shortfalls.alongPath(path, playbook, seen, counters);
        String route = Arrays.stream(path).mapToObj(s -> playbook.stage(s).name())
            .collect(Collectors.joining(" -> "));
        message = attempted + " from " + stage.label() + ", skipping the way " + route
            + (missing.isEmpty() ? "" : ": missing " + Shortfalls.describe(missing));
      }
      case CONVERSATION_ENDED -> message =
          attempted + " after the conversation ended in " + stage.label();
      default -> message = attempted + " from " + stage.label() + ", but the playbook has no way "
          + "from " + stage + " to " + target + "; from " + stage + " it allows "
          + exits(playbook, stageId);
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
