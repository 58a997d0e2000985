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

  /**
   * How far along the process each stage lies: the longest path to it from {@code start} along
   * {@code successors}, with the edges that close a cycle (found by depth-first search) ignored.
   * Stages not reachable get 0.
   */
  public static int[] ranks(long[] successors, int start) {
    int n = successors.length;
    int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
    int[] order = new int[n];
    int[] count = {0};
    long[] forward = new long[n];
    visit(start, successors, state, order, count, forward);
    int[] rank = new int[n];
    for (int i = count[0] - 1; i >= 0; i--) { // reverse postorder is a topological order
      int s = order[i];
      for (long f = forward[s]; f != 0; f &= f - 1) {
        int t = Long.numberOfTrailingZeros(f);
        rank[t] = Math.max(rank[t], rank[s] + 1);
      }
    }
    return rank;
  }

  private static void visit(
      int s, long[] successors, int[] state, int[] order, int[] count, long[] forward) {
    state[s] = 1;
    for (long next = successors[s]; next != 0; next &= next - 1) {
      int t = Long.numberOfTrailingZeros(next);
      if (state[t] != 1) { // an edge to a stage on the stack closes a cycle
        forward[s] |= 1L << t;
      }
      if (state[t] == 0) {
        visit(t, successors, state, order, count, forward);
      }
    }
    state[s] = 2;
    order[count[0]++] = s;
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
