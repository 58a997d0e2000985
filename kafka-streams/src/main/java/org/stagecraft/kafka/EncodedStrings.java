package org.stagecraft.kafka;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * JSON-encoded forms of the strings a scorecard repeats on every record: score ids, band labels
 * and most tips are constants, so each is escaped and encoded once instead of once a record.
 *
 * <p>Found by the string's identity, which costs no hashing of its text. A string is encoded on
 * its second sighting, so a text built anew each time (an explanation, a tip with a number in it)
 * costs one store into the table and is written as usual. The table has a fixed size; two strings
 * sharing a slot take turns. Thread-safe: a wrapper is encoded before it is published through an
 * atomic slot, so a reader sees its bytes complete (Jackson fills them lazily in a plain field);
 * a racing update loses only a cache hit.
 */
final class EncodedStrings {
  /** Room for every constant of the built-in scorers, with few collisions. */
  private static final int SLOTS = 256;

  /** The text last seen in each slot. */
  private final AtomicReferenceArray<String> seen = new AtomicReferenceArray<>(SLOTS);
  /** The encoded form of a text seen twice in a row in its slot. */
  private final AtomicReferenceArray<SerializedString> encoded = new AtomicReferenceArray<>(SLOTS);

  /** The encoded form of {@code text} when it was seen before, else null (and remembered). */
  @Nullable SerializedString seen(String text) {
    int slot = System.identityHashCode(text) & (SLOTS - 1);
    SerializedString known = encoded.get(slot);
    if (known != null && known.getValue() == text) {
      return known;
    }
    if (seen.get(slot) == text) {
      SerializedString made = new SerializedString(text);
      made.asQuotedUTF8();
      encoded.set(slot, made);
      return made;
    }
    seen.set(slot, text);
    return null;
  }
}
