package org.stagecraft;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Packs the counters a playbook's guards need into one 32-bit int. Each counter counts one signal
 * from one role (or from anyone) and saturates at the largest count any guard asks of it, so it
 * needs only a few bits: "3 open questions" takes two. Plain "seen from anyone" needs no counter;
 * the seen bit set answers it.
 *
 * <p>Immutable and thread-safe.
 */
final class CounterLayout {
  /** The bits available for counters in a conversation's packed state. */
  static final int BITS = 32;

  static final int ANY_ROLE = 3;

  private final Map<Long, Integer> slotByKey;
  private final int[] shift;
  private final int[] max;
  private final int[] mask;
  /**
   * What one more signal bumps, by {@code signalId * 3 + role}: up to two counters (its role's and
   * anyone's), each as 16 bits {@code valid << 15 | max << 5 | shift}. Flat, so the hot path
   * makes one array read instead of chasing a table of tables.
   */
  private final int[] bumpCodes;
  private final int bitsUsed;

  private CounterLayout(Map<Long, Integer> slotByKey, int[] shift, int[] max, int signalCount) {
    this.slotByKey = slotByKey;
    this.shift = shift;
    this.max = max;
    this.mask = new int[max.length];
    for (int slot = 0; slot < max.length; slot++) {
      mask[slot] = (1 << width(max[slot])) - 1;
    }
    this.bitsUsed = shift.length == 0 ? 0 : shift[shift.length - 1] + width(max[max.length - 1]);
    this.bumpCodes = new int[signalCount * 3];
    for (int signal = 0; signal < signalCount; signal++) {
      for (int role = 0; role < 3; role++) {
        int code = 0;
        int half = 0;
        for (Integer slot : new Integer[] {slotByKey.get(key(signal, role)),
            slotByKey.get(key(signal, ANY_ROLE))}) {
          if (slot != null) {
            code |= (1 << 15 | max[slot] << 5 | shift[slot]) << half;
            half += 16;
          }
        }
        bumpCodes[signal * 3 + role] = code;
      }
    }
  }

  /** Lays out a counter for every count criterion that the seen bit set cannot answer. */
  static CounterLayout of(ImmutableList<Criterion.Count> counts, NameTable<Signal> signals) {
    Map<Long, Integer> need = new LinkedHashMap<>();
    for (Criterion.Count count : counts) {
      if (needsCounter(count)) {
        need.merge(key(signals.id(count.signal()), roleKey(count)), count.atLeast(), Math::max);
      }
    }
    Map<Long, Integer> slotByKey = new LinkedHashMap<>();
    int[] shift = new int[need.size()];
    int[] max = new int[need.size()];
    int slot = 0;
    int bit = 0;
    for (Map.Entry<Long, Integer> entry : need.entrySet()) {
      slotByKey.put(entry.getKey(), slot);
      shift[slot] = bit;
      max[slot] = entry.getValue();
      bit += width(entry.getValue());
      slot++;
    }
    return new CounterLayout(slotByKey, shift, max, signals.size());
  }

  private static boolean needsCounter(Criterion.Count count) {
    return count.by() != null || count.atLeast() > 1;
  }

  private static int roleKey(Criterion.Count count) {
    return count.by() == null ? ANY_ROLE : count.by().ordinal();
  }

  private static long key(int signalId, int roleKey) {
    return (long) signalId * 4 + roleKey;
  }

  private static int width(int maxValue) {
    return 32 - Integer.numberOfLeadingZeros(maxValue);
  }

  int bitsUsed() {
    return bitsUsed;
  }

  /** The counter for {@code count}, or -1 when the seen bit set answers it. */
  int slotOf(Criterion.Count count, NameTable<Signal> signals) {
    if (!needsCounter(count)) {
      return -1;
    }
    return slotByKey.get(key(signals.id(count.signal()), roleKey(count)));
  }

  int value(int counters, int slot) {
    return (counters >>> shift[slot]) & mask[slot];
  }

  /** The counters after one more {@code signalId} from {@code role}, each saturating. */
  int bump(int counters, int signalId, int role) {
    int code = bumpCodes[signalId * 3 + role];
    return code == 0 ? counters : bump(bump(counters, code & 0xffff), code >>> 16);
  }

  private static int bump(int counters, int half) {
    if (half == 0) {
      return counters;
    }
    int shift = half & 31;
    int max = (half >>> 5) & 0xff;
    int value = (counters >>> shift) & (Integer.highestOneBit(max) * 2 - 1);
    return value < max ? counters + (1 << shift) : counters;
  }
}
