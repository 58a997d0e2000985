package org.stagecraft.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Interns upper-snake-case names so that each name has exactly one instance, carrying a dense
 * ordinal. The engine indexes playbook tables by that ordinal instead of hashing strings on the hot
 * path. Ordinals depend on the order names are first used and are never persisted or compared
 * across processes, so they do not make results depend on that order.
 *
 * <p>Thread-safe.
 *
 * @param <T> the interned type
 */
public final class Interner<T> {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  private final String kind;
  private final BiFunction<String, Integer, T> factory;
  private final ConcurrentMap<String, T> byName = new ConcurrentHashMap<>();
  private final AtomicInteger nextOrdinal = new AtomicInteger();

  /**
   * Creates an interner.
   *
   * @param kind what the names denote, for error messages ("signal", "stage")
   * @param factory makes the single instance for a name and its ordinal
   */
  public Interner(String kind, BiFunction<String, Integer, T> factory) {
    this.kind = checkNotNull(kind, "kind");
    this.factory = checkNotNull(factory, "factory");
  }

  /**
   * Returns the one instance for {@code name}, creating it on first use.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is not 1 to 64 characters of upper snake case
   */
  public T intern(String name) {
    checkNotNull(name, "%s name", kind);
    T existing = byName.get(name);
    if (existing != null) {
      return existing;
    }
    checkArgument(
        NAME.matcher(name).matches(),
        "%s name must be UPPER_SNAKE_CASE, 1 to 64 characters, starting with a letter: '%s'",
        kind,
        name);
    return byName.computeIfAbsent(name, n -> factory.apply(n, nextOrdinal.getAndIncrement()));
  }
}
