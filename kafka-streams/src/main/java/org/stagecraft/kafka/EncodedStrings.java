package org.stagecraft.kafka;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON-encoded forms of the strings a scorecard repeats on every record: score ids, band labels
 * and most tips are constants, so each is escaped and encoded once instead of once a record.
 *
 * <p>Found by the string's identity, which costs no hashing of its text. A string is encoded from
 * its second sighting on, so a text built anew each time (an explanation, a tip with a number in
 * it) costs a small wrapper and is written as usual. The table has a fixed size; two strings
 * sharing a slot take turns. Thread-safe: a slot holds an immutable wrapper whose lazily encoded
 * bytes are the same whichever thread computes them, so a racing update loses only a cache hit.
 */
final class EncodedStrings {
  /** Room for every constant of the built-in scorers, with few collisions. */
  private static final int SLOTS = 256;

  private final SerializedString[] slots = new SerializedString[SLOTS];

  /** The encoded form of {@code text} when it was seen before, else null (and remembered). */
  SerializedString seen(String text) {
    int slot = System.identityHashCode(text) & (SLOTS - 1);
    SerializedString known = slots[slot];
    if (known != null && known.getValue() == text) {
      return known;
    }
    slots[slot] = new SerializedString(text);
    return null;
  }
}
