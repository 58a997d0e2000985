package org.stagecraft.benchmarks.kafka;

import java.util.List;

/**
 * The scripted calls ({@link ScriptedCalls}) of {@value #TURNS} turns each, interleaved as on a
 * busy partition: a round-robin over the calls with a seeded skip. One round holds every record of
 * every call once; a later round sends the same records under new conversation ids ({@link
 * #key}), so conversations never outgrow a call. Immutable after construction; the arrays are
 * not copied out, so callers must not change the values.
 */
final class InterleavedCalls {
  static final int TURNS = 40;

  private final byte[][] values;
  private final int[] callOf;
  private final int calls;

  InterleavedCalls(int calls) {
    if (calls < 1) {
      throw new IllegalArgumentException("calls must be at least 1: " + calls);
    }
    this.calls = calls;
    List<List<byte[]>> generated = ScriptedCalls.generate(calls, TURNS);
    int total = generated.stream().mapToInt(List::size).sum();
    values = new byte[total][];
    callOf = new int[total];
    int[] position = new int[calls];
    int filled = 0;
    for (int step = 0; filled < total; step++) {
      int c = (step * 7919) % calls;
      if (position[c] < generated.get(c).size()) {
        values[filled] = generated.get(c).get(position[c]++);
        callOf[filled++] = c;
      }
    }
  }

  /** How many calls run interleaved. */
  int calls() {
    return calls;
  }

  /** How many records one round holds. */
  int size() {
    return values.length;
  }

  /** The JSON value of the {@code i}-th record of a round. */
  byte[] value(int i) {
    return values[i];
  }

  /** The call that the {@code i}-th record of a round belongs to. */
  int callOf(int i) {
    return callOf[i];
  }

  /** The conversation id (the record key) of {@code call} in {@code round}. */
  static String key(int call, int round) {
    return "call-" + call + "-" + round;
  }
}
