package org.stagecraft.testkit.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one function over the same inputs on several threads and compares with one thread. */
final class Concurrently {
  private static final int THREADS = 4;
  private static final int ROUNDS = 20;

  private Concurrently() {}

  /**
   * The index of the first input for which some thread got another result than a single thread
   * did, or -1 when every thread agreed in every round.
   */
  static <T, R> int firstDisagreement(List<T> inputs, Function<T, R> function)
      throws InterruptedException, ExecutionException {
    List<R> expected = inputs.stream().map(function).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < inputs.size(); k++) {
              int i = (k + offset * 7) % inputs.size(); // threads start at different inputs
              if (!function.apply(inputs.get(i)).equals(expected.get(i))) {
                return i;
              }
            }
          }
          return -1;
        }));
      }
      int first = -1;
      for (Future<Integer> result : results) {
        int disagreement = result.get();
        first = first >= 0 ? first : disagreement;
      }
      return first;
    } finally {
      pool.shutdownNow();
    }
  }
}
