package org.stagecraft.cli;

import java.util.concurrent.Callable;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stagecraft playbook}: prints a playbook's diagram. */
@Command(name = "playbook", description = "Print a playbook as a Mermaid or Graphviz DOT diagram.")
final class PlaybookCommand implements Callable<Integer> {
  /** The diagram languages. */
  enum Format { MERMAID, DOT }

  @Spec CommandSpec spec;

  @Option(names = "--playbook", paramLabel = "NAME", defaultValue = BuiltInPlaybooks.DEFAULT,
      converter = BuiltInPlaybooks.class,
      description = "The playbook to draw (default: ${DEFAULT-VALUE}).")
  Playbook playbook = Playbooks.consultative();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  Format format = Format.MERMAID;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(
        format == Format.MERMAID ? playbook.toMermaid() : playbook.toDot());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
