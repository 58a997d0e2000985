package org.stagecraft;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * An append-only list of values stamped with the index of the event that produced them, in event
 * order. A conversation of length {@code n} sees the entries stamped below {@code n}, so one log
 * serves every conversation that shares a {@link Journal}.
 *
 * <p>One writer at a time (the journal's slot owner); any number of readers. The count is
 * published with release and read with acquire, so a reader sees every entry it counts.
 */
final class IndexedLog {
  private static final VarHandle COUNT;

  static {
    try {
      COUNT = MethodHandles.lookup().findVarHandle(IndexedLog.class, "count", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final int[] NO_STAMPS = new int[0];
  private static final long[] NO_VALUES = new long[0];

  // volatile: a reader may follow arrays newer than the count it acquired
  private volatile int[] stamps = NO_STAMPS;
  private volatile long[] values = NO_VALUES;
  @SuppressWarnings("unused") // accessed through COUNT
  private int count;

  void add(int eventIndex, long value) {
    int n = (int) COUNT.getAcquire(this);
    int[] s = stamps;
    long[] v = values;
    if (n == s.length) {
      int capacity = Math.max(8, n * 2);
      s = Arrays.copyOf(s, capacity);
      v = Arrays.copyOf(v, capacity);
    }
    s[n] = eventIndex;
    v[n] = value;
    stamps = s;
    values = v;
    COUNT.setRelease(this, n + 1);
  }

  /** How many entries were stamped before event {@code length}. */
  int countBefore(int length) {
    int n = (int) COUNT.getAcquire(this);
    int[] s = stamps;
    while (n > 0 && s[n - 1] >= length) {
      n--;
    }
    return n;
  }

  /** The value of the last entry stamped before {@code length}, or {@code absent}. */
  long lastBefore(int length, long absent) {
    int n = countBefore(length);
    return n == 0 ? absent : values[n - 1];
  }

  int stamp(int i) {
    return stamps[i];
  }

  long value(int i) {
    return values[i];
  }

  /** A copy holding the entries stamped before {@code length}. */
  IndexedLog copyBefore(int length) {
    IndexedLog copy = new IndexedLog();
    int n = countBefore(length);
    if (n > 0) {
      copy.stamps = Arrays.copyOf(stamps, n);
      copy.values = Arrays.copyOf(values, n);
      COUNT.setRelease(copy, n);
    }
    return copy;
  }
}
