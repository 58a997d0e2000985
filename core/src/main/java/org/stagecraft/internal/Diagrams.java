package org.stagecraft.internal;

import java.util.ArrayList;
import java.util.List;
import org.stagecraft.Criterion;
import org.stagecraft.Playbook;
import org.stagecraft.Stage;
import org.stagecraft.Transition;

/**
 * Renders a playbook as Mermaid or Graphviz DOT text. Exit criteria are drawn once, as a note on
 * their stage, rather than on every guarded edge; interrupts are drawn as dashed edges in DOT.
 * Output depends only on the playbook, so it can be checked into docs and diffed.
 */
public final class Diagrams {
  private Diagrams() {}

  /** A Mermaid {@code stateDiagram-v2}. */
  public static String mermaid(Playbook playbook) {
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
  public static String dot(Playbook playbook) {
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

  /** What an edge adds beyond its stage's exit criteria, which the stage's note already shows. */
  private static String label(Playbook playbook, Transition t) {
    switch (t.kind()) {
      case INTERRUPT:
        return "any time";
      case UNGUARDED:
        return isAlways(t.guard()) ? "without exit criteria" : t.guard().describe();
      default:
        Criterion exit = playbook.exitCriteria(t.from());
        if (t.guard().equals(exit) || isAlways(t.guard())) {
          return "";
        }
        String all = t.guard().describe();
        String own = exit.describe();
        return isAlways(exit) ? all : all.replace(own + ", ", "");
    }
  }

  private static boolean isAlways(Criterion criterion) {
    return criterion instanceof Criterion.AllOf all && all.all().isEmpty();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
