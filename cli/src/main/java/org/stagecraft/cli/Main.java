package org.stagecraft.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;

/**
 * The entry point of the {@code stagecraft} command. Exit codes: 0 success, 1 a file could not
 * be scored or the run failed, 2 a usage error. Errors are one line unless {@code --verbose}.
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    // UTF-8 whatever the locale: names and text in reports must not turn into '?'.
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Runs the command in-process, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine command = new CommandLine(new StagecraftCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler((error, commandLine, parseResult) ->
            runError(error, commandLine, args));
    if (args.length == 0) {
      command.usage(err);
      return CommandLine.ExitCode.USAGE;
    }
    return command.execute(args);
  }

  /** One line saying what was wrong, then the usage of the command that was meant. */
  private static int usageError(ParameterException error, String[] args) {
    CommandLine commandLine = error.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("stagecraft: " + error.getMessage());
    commandLine.usage(err);
    return CommandLine.ExitCode.USAGE;
  }

  private static int runError(Exception error, CommandLine commandLine, String[] args) {
    PrintWriter err = commandLine.getErr();
    err.println("stagecraft: " + FileErrors.describeWithFile(error));
    if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
      error.printStackTrace(err);
    }
    return CommandLine.ExitCode.SOFTWARE;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"stagecraft " + (version == null ? "development" : version)};
    }
  }
}
