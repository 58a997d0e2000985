package org.stagecraft.score;

import org.stagecraft.Conversation;
import org.stagecraft.Playbook;

/**
 * Turns a conversation into one {@link Score}. The SPI for custom scores: implement it and add it
 * with {@link Scoring#with(Scorer)}.
 *
 * <p>Implementations must be pure and deterministic (the same conversation always gives an equal
 * score; no clock, randomness or I/O), thread-safe, and must not throw for any conversation of a
 * playbook they apply to. For live use, read {@link Conversation#summary()}, whose running totals
 * cost nothing to re-read after each event, rather than scanning the conversation's history.
 */
public interface Scorer {
  /** The stable, kebab-case id of the scores this scorer makes, e.g. {@code talk-ratio}. */
  String id();

  /** Whether this scorer means anything for {@code playbook}; by default, yes. */
  default boolean appliesTo(Playbook playbook) {
    return true;
  }

  /**
   * Scores {@code conversation}.
   *
   * @throws NullPointerException if {@code conversation} is null
   */
  Score score(Conversation conversation);
}
