package org.stagecraft;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * The signals of one playbook, numbered 0 to 63 in a fixed order (the well-known ones first), with
 * an array from a signal's process-local ordinal to that number so the hot path never hashes.
 *
 * <p>Immutable and thread-safe.
 */
final class SignalTable {
  /** One bit per signal in a conversation's seen set. */
  static final int MAX_SIGNALS = 64;

  private final ImmutableList<Signal> signals;
  private final int[] idByOrdinal;

  SignalTable(ImmutableList<Signal> signals) {
    this.signals = signals;
    int maxOrdinal = signals.stream().mapToInt(Signal::ordinal).max().orElse(-1);
    this.idByOrdinal = new int[maxOrdinal + 1];
    Arrays.fill(idByOrdinal, -1);
    for (int id = 0; id < signals.size(); id++) {
      idByOrdinal[signals.get(id).ordinal()] = id;
    }
  }

  ImmutableList<Signal> signals() {
    return signals;
  }

  int size() {
    return signals.size();
  }

  Signal signal(int id) {
    return signals.get(id);
  }

  /** The playbook's number for {@code signal}, or -1 if the playbook does not know it. */
  int id(Signal signal) {
    int ordinal = signal.ordinal();
    return ordinal < idByOrdinal.length ? idByOrdinal[ordinal] : -1;
  }
}
