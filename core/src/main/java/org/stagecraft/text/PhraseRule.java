package org.stagecraft.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;

/**
 * A lexical rule: any of its phrases, as whole words, shows its signal, when said by its role.
 * A phrase's words may end with {@code *} to match any word with that stem (at least four
 * letters), or start with {@code =} to match only as written, unstemmed ("=reviews" is not
 * "review"); other words match by their stems ({@link Stems}). Options: {@code statement} drops
 * a match in a question ("when does your contract end?" is no urgency); {@code negatable} drops a match preceded within four words by a negation
 * ("no problem"); {@code leading} requires the phrase to open its sentence (after fillers such as
 * "so" or "um"); {@code unless} lists words that, later in the sentence, cancel the match
 * ("what would you like to do <i>for lunch</i>").
 *
 * @param id the rule's id, reported with each detection
 * @param signal the signal it shows
 * @param role who must say it, or null for anyone
 * @param phrases the phrases, each a list of words
 * @param negatable whether a preceding negation cancels it
 * @param leading whether it must open its sentence
 * @param unless words that cancel it when they follow in the sentence
 * @param statement whether a question cancels it
 * @param negatedOnly whether it fires only when negated ("isn't the right fit" is no fit)
 */
record PhraseRule(String id, Signal signal, @Nullable SpeakerRole role,
    ImmutableList<ImmutableList<String>> phrases, boolean negatable, boolean leading,
    ImmutableSet<String> unless, boolean statement, boolean negatedOnly) {

  static Builder rule(String id, Signal signal, @Nullable SpeakerRole role) {
    return new Builder(id, signal, role);
  }

  /** Collects a rule's phrases and options. Not thread-safe. */
  static final class Builder {
    private final String id;
    private final Signal signal;
    private final @Nullable SpeakerRole role;
    private final ImmutableList.Builder<ImmutableList<String>> phrases = ImmutableList.builder();
    private boolean negatable;
    private boolean leading;
    private boolean statement;
    private boolean negatedOnly;
    private List<String> unless = List.of();

    Builder(String id, Signal signal, @Nullable SpeakerRole role) {
      this.id = id;
      this.signal = signal;
      this.role = role;
    }

    /** Phrases, each written as space-separated words. */
    Builder on(String... texts) {
      for (String text : texts) {
        phrases.add(ImmutableList.copyOf(text.split(" ")));
      }
      return this;
    }

    Builder negatable() {
      this.negatable = true;
      return this;
    }

    Builder leading() {
      this.leading = true;
      return this;
    }

    /** Fires only when a negation precedes the phrase: the negated form of another rule. */
    Builder negatedOnly() {
      this.negatedOnly = true;
      return this;
    }

    Builder statement() {
      this.statement = true;
      return this;
    }

    Builder unless(String... words) {
      this.unless = List.of(words);
      return this;
    }

    PhraseRule build() {
      return new PhraseRule(id, signal, role, phrases.build(), negatable, leading,
          ImmutableSet.copyOf(unless), statement, negatedOnly);
    }
  }
}
