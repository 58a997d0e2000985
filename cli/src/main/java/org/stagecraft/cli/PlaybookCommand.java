package org.stagecraft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stagecraft playbook}: prints a playbook's diagram. */
@Command(name = "playbook", description = "Print a playbook as a Mermaid or Graphviz DOT diagram.")
final class PlaybookCommand implements Callable<Integer> {
  /** The diagram languages. */
  enum Format { MERMAID, DOT }

  @Spec CommandSpec spec;

  @Mixin PlaybookOption playbook;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mermaid",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  Format format = Format.MERMAID;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(
        format == Format.MERMAID ? playbook.playbook.toMermaid() : playbook.playbook.toDot());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
