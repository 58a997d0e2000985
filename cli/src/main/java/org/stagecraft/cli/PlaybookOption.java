package org.stagecraft.cli;

import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import picocli.CommandLine.Option;

/** {@code --playbook NAME}: the built-in playbook a command follows or draws. */
final class PlaybookOption {
  @Option(names = "--playbook", paramLabel = "NAME", defaultValue = BuiltInPlaybooks.DEFAULT,
      converter = BuiltInPlaybooks.class,
      description = "The playbook (default: ${DEFAULT-VALUE}).")
  Playbook playbook = Playbooks.consultative();
}
