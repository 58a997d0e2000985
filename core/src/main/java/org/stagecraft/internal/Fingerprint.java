package org.stagecraft.internal;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit FNV-1a hash of a canonical text: stable across JVMs and releases, so a snapshot can
 * tell whether it was taken with the same playbook. Not a cryptographic hash.
 */
public final class Fingerprint {
  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fingerprint() {}

  /** The hash of {@code canonical} as UTF-8. */
  public static long of(String canonical) {
    long hash = OFFSET_BASIS;
    for (byte b : canonical.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= PRIME;
    }
    return hash;
  }
}
