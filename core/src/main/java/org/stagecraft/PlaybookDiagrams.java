package org.stagecraft;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a playbook as Mermaid or Graphviz DOT text. Each edge names the signals that make the
 * move; exit criteria are drawn once, as a note on their stage, rather than on every guarded edge;
 * interrupts are dashed in DOT. Output depends only on the playbook, so it can be checked into
 * docs and diffed.
 */
final class PlaybookDiagrams {
  private PlaybookDiagrams() {}

  /** A Mermaid {@code stateDiagram-v2}. */
  static String mermaid(Playbook playbook) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    out.append("    [*] --> ").append(playbook.startStage()).append('\n');
    for (Transition t : playbook.transitions()) {
      out.append("    ").append(t.from()).append(" --> ").append(t.to());
      String label = label(playbook, t);
      if (!label.isEmpty()) {
        out.append(" : ").append(label);
      }
      out.append('\n');
    }
    for (Stage stage : playbook.stages()) {
      if (playbook.isTerminal(stage)) {
        out.append("    ").append(stage).append(" --> [*]\n");
      }
    }
    for (Stage stage : playbook.stages()) {
      Criterion exit = playbook.exitCriteria(stage);
      if (!isAlways(exit)) {
        out.append("    note right of ").append(stage).append("\n        exit when: ")
            .append(exit.describe()).append("\n    end note\n");
      }
    }
    return out.toString();
  }

  /** A Graphviz {@code digraph}. */
  static String dot(Playbook playbook) {
    StringBuilder out = new StringBuilder("digraph \"").append(escape(playbook.name()))
        .append("\" {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    out.append("  __start [shape=point];\n  __start -> ").append(playbook.startStage())
        .append(";\n");
    for (Stage stage : playbook.stages()) {
      List<String> attributes = new ArrayList<>();
      Criterion exit = playbook.exitCriteria(stage);
      String label = stage.name() + (isAlways(exit) ? "" : "\\nexit when: " + exit.describe());
      attributes.add("label=\"" + escape(label).replace("\\\\n", "\\n") + "\"");
      if (playbook.isTerminal(stage)) {
        attributes.add("peripheries=2");
      }
      out.append("  ").append(stage).append(" [").append(String.join(", ", attributes))
          .append("];\n");
    }
    for (Transition t : playbook.transitions()) {
      List<String> attributes = new ArrayList<>();
      String label = label(playbook, t);
      if (!label.isEmpty()) {
        attributes.add("label=\"" + escape(label) + "\"");
      }
      if (t.kind() == Transition.Kind.INTERRUPT) {
        attributes.add("style=dashed");
      }
      out.append("  ").append(t.from()).append(" -> ").append(t.to());
      if (!attributes.isEmpty()) {
        out.append(" [").append(String.join(", ", attributes)).append(']');
      }
      out.append(";\n");
    }
    return out.append("}\n").toString();
  }

  /**
   * The signals that make the move, then what the edge needs beyond its stage's exit criteria
   * (the stage's note shows those).
   */
  private static String label(Playbook playbook, Transition t) {
    String on = entrySignals(playbook, t.to());
    String guard = switch (t.kind()) {
      case INTERRUPT -> "any time";
      case UNGUARDED -> isAlways(t.guard()) ? "without exit criteria" : t.guard().describe();
      case GUARDED -> extraGuard(playbook, t);
    };
    if (on.isEmpty() || guard.isEmpty()) {
      return on + guard;
    }
    return on + " / " + guard;
  }

  private static String extraGuard(Playbook playbook, Transition t) {
    Criterion exit = playbook.exitCriteria(t.from());
    if (t.guard().equals(exit) || isAlways(t.guard())) {
      return "";
    }
    String all = t.guard().describe();
    return isAlways(exit) ? all : "also " + all.replace(exit.describe() + ", ", "");
  }

  /** "on pain, goal" or "on commitment (prospect)": the signals that move into {@code stage}. */
  private static String entrySignals(Playbook playbook, Stage stage) {
    int target = playbook.stageId(stage);
    List<String> names = new ArrayList<>();
    for (int signal = 0; signal < playbook.signals.size(); signal++) {
      List<String> roles = new ArrayList<>();
      for (SpeakerRole role : SpeakerRole.values()) {
        if (playbook.owner[signal * 3 + role.ordinal()] == target) {
          roles.add(role.label());
        }
      }
      if (!roles.isEmpty()) {
        String who = roles.size() == SpeakerRole.values().length
            ? "" : " (" + String.join(", ", roles) + ")";
        names.add(playbook.signals.get(signal).label() + who);
      }
    }
    return names.isEmpty() ? "" : "on " + String.join(", ", names);
  }

  private static boolean isAlways(Criterion criterion) {
    return criterion instanceof Criterion.AllOf all && all.all().isEmpty();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
