package org.stagecraft;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * The signals or stages of one playbook, numbered from 0 in a fixed order, with an array from a
 * name's process-local ordinal to that number so the hot path never hashes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> {@link Signal} or {@link Stage}
 */
final class NameTable<T extends InternedName> {
  private final ImmutableList<T> names;
  private final int[] idByOrdinal;

  NameTable(ImmutableList<T> names) {
    this.names = names;
    int maxOrdinal = names.stream().mapToInt(InternedName::ordinal).max().orElse(-1);
    this.idByOrdinal = new int[maxOrdinal + 1];
    Arrays.fill(idByOrdinal, -1);
    for (int id = 0; id < names.size(); id++) {
      idByOrdinal[names.get(id).ordinal()] = id;
    }
  }

  ImmutableList<T> all() {
    return names;
  }

  int size() {
    return names.size();
  }

  T get(int id) {
    return names.get(id);
  }

  /** The playbook's number for {@code name}, or -1 if the playbook does not have it. */
  int id(T name) {
    int ordinal = name.ordinal();
    return ordinal < idByOrdinal.length ? idByOrdinal[ordinal] : -1;
  }
}
