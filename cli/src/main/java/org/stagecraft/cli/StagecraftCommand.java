package org.stagecraft.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The top-level {@code stagecraft} command; the work is in its subcommands. */
@Command(name = "stagecraft", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description = "Score sales conversations against a discovery-first playbook.",
    subcommands = {ScoreCommand.class, SignalsCommand.class, PlaybookCommand.class})
final class StagecraftCommand {}
