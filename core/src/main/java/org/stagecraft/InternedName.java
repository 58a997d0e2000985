package org.stagecraft;

import java.util.Locale;

/**
 * What {@link Signal} and {@link Stage} have in common: an upper-snake-case name with exactly one
 * instance per name, and a process-local ordinal that playbooks use to index their tables. Equal
 * means identical.
 */
abstract class InternedName {
  private final String name;
  private final String label;
  private final int ordinal;

  InternedName(String name, int ordinal) {
    this.name = name;
    this.label = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    this.ordinal = ordinal;
  }

  /** The name, e.g. {@code OPEN_QUESTION}. */
  public final String name() {
    return name;
  }

  /** The name in words, e.g. {@code open question}, for messages. */
  public final String label() {
    return label;
  }

  /** Process-local dense number, used to index playbook tables. Never persisted. */
  final int ordinal() {
    return ordinal;
  }

  @Override
  public final boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return this == other;
  }

  @Override
  public final int hashCode() {
    return name.hashCode();
  }

  @Override
  public final String toString() {
    return name;
  }
}
