package org.stagecraft.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Graph searches over at most 64 stages, with each stage's successors held as a bit mask. Exact
 * over all paths: reachability is a closure, not a sample.
 *
 * <p>Stateless and thread-safe.
 */
public final class StageGraph {
  /** The most stages a playbook may have, one bit per stage. */
  public static final int MAX_STAGES = 64;

  private StageGraph() {}

  /** The stages reachable from {@code from} along {@code successors}, including {@code from}. */
  public static long reachable(long[] successors, int from) {
    long seen = 1L << from;
    long frontier = seen;
    while (frontier != 0) {
      long next = 0;
      for (long f = frontier; f != 0; f &= f - 1) {
        next |= successors[Long.numberOfTrailingZeros(f)];
      }
      frontier = next & ~seen;
      seen |= next;
    }
    return seen;
  }

  /**
   * A shortest path from {@code from} to {@code to} along {@code successors}, both ends included,
   * or null if there is none.
   */
  public static int @Nullable [] shortestPath(long[] successors, int from, int to) {
    int[] parent = new int[successors.length];
    Arrays.fill(parent, -1);
    parent[from] = from;
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      int stage = queue.poll();
      if (stage == to) {
        return unwind(parent, from, to);
      }
      for (long s = successors[stage]; s != 0; s &= s - 1) {
        int next = Long.numberOfTrailingZeros(s);
        if (parent[next] < 0) {
          parent[next] = stage;
          queue.add(next);
        }
      }
    }
    return null;
  }

  private static int[] unwind(int[] parent, int from, int to) {
    int length = 1;
    for (int s = to; s != from; s = parent[s]) {
      length++;
    }
    int[] path = new int[length];
    for (int s = to, i = length - 1; i >= 0; s = parent[s], i--) {
      path[i] = s;
    }
    return path;
  }
}
