package org.stagecraft.examples;

import org.stagecraft.Playbooks;

/**
 * Prints the consultative playbook as Mermaid, or as Graphviz DOT with the argument {@code dot}:
 * {@code ./mvnw -q -B -pl examples -am compile exec:java
 * -Dexec.mainClass=org.stagecraft.examples.PrintDiagram}.
 */
public final class PrintDiagram {
  private PrintDiagram() {}

  /** Prints the diagram. */
  public static void main(String[] args) {
    boolean dot = args.length > 0 && args[0].equals("dot");
    System.out.print(dot ? Playbooks.consultative().toDot() : Playbooks.consultative().toMermaid());
  }
}
