package org.stagecraft.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jline.nativ.CLibrary;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on stderr for a batch, shown only when stderr is a terminal so that logs and
 * pipes stay clean. Thread-safe: workers step it as they finish.
 */
final class Progress implements AutoCloseable {
  private final @Nullable ProgressBar bar;

  private Progress(@Nullable ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar over {@code total} files when stderr is a terminal and there is more than one file. */
  static Progress forBatch(int total) {
    if (total < 2 || !stderrIsTerminal()) {
      return new Progress(null);
    }
    return new Progress(new ProgressBarBuilder().setTaskName("Scoring").setInitialMax(total)
        .setUnit(" files", 1).setConsumer(new ConsoleProgressBarConsumer(stderr()))
        .continuousUpdate().build());
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  private static PrintStream stderr() {
    return System.err;
  }

  private static boolean stderrIsTerminal() {
    try {
      return CLibrary.isatty(2) == 1;
    } catch (LinkageError e) {
      return false; // no native helper for this platform: no bar, the batch still runs
    }
  }
}
