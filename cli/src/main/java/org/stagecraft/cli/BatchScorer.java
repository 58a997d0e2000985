package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores a batch of files on all cores. Results come back in input order whatever order the
 * workers finish in, and a file that fails is a result, not the end of the batch.
 */
final class BatchScorer {
  private final Analyzer analyzer;
  private final int threads;

  BatchScorer(Analyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = Math.max(1, threads);
  }

  /** Scores every file, calling {@code progress} once as each finishes (from worker threads). */
  ImmutableList<BatchResult> score(List<TranscriptFiles.Input> files, Runnable progress)
      throws InterruptedException {
    if (files.size() <= 1 || threads == 1) {
      ImmutableList.Builder<BatchResult> results = ImmutableList.builder();
      for (TranscriptFiles.Input file : files) {
        results.add(scoreOne(file));
        progress.run();
      }
      return results.build();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), work -> {
      Thread thread = new Thread(work, "stagecraft-score");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<BatchResult>> pending = new ArrayList<>(files.size());
      for (TranscriptFiles.Input file : files) {
        pending.add(pool.submit(() -> {
          BatchResult result = scoreOne(file);
          progress.run();
          return result;
        }));
      }
      ImmutableList.Builder<BatchResult> results = ImmutableList.builder();
      for (Future<BatchResult> result : pending) {
        results.add(result.get());
      }
      return results.build();
    } catch (ExecutionException e) {
      // scoreOne turns every exception into a result, so only an Error gets here.
      throw new IllegalStateException("a scoring worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private BatchResult scoreOne(TranscriptFiles.Input input) {
    if (input.unreadable() != null) {
      return new BatchResult.Failed(input.path(), "cannot list this folder: "
          + FileErrors.describe(input.unreadable()), input.unreadable());
    }
    try {
      return new BatchResult.Scored(analyzer.score(input.path()));
    } catch (Exception e) {
      return new BatchResult.Failed(input.path(), FileErrors.describe(e), e);
    }
  }
}
