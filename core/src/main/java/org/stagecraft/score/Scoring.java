package org.stagecraft.score;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;

/**
 * A set of scorers that turns a conversation into a {@link Scorecard}. {@link #defaults()} holds
 * the built-in scorers; {@link #with} and {@link #without} make variants.
 *
 * <p>Immutable and thread-safe. Scoring costs the sum of the scorers' costs; the built-in ones
 * read {@link Conversation#summary()} and cost constant time after it.
 */
public final class Scoring {
  private static final Scoring DEFAULTS = new Scoring(Scorers.defaults());

  private final ImmutableList<Scorer> scorers;

  private Scoring(ImmutableList<Scorer> scorers) {
    this.scorers = scorers;
  }

  /** The built-in scorers, in the order of {@link Scorers#defaults()}. */
  public static Scoring defaults() {
    return DEFAULTS;
  }

  /** Scoring with exactly {@code scorers}, whose ids must differ. */
  public static Scoring of(Iterable<? extends Scorer> scorers) {
    ImmutableList<Scorer> list = ImmutableList.copyOf(checkNotNull(scorers, "scorers"));
    long distinct = list.stream().map(Scorer::id).distinct().count();
    checkArgument(distinct == list.size(), "scorer ids must differ: %s",
        list.stream().map(Scorer::id).toList());
    return new Scoring(list);
  }

  /** This scoring plus {@code scorer} (replacing any scorer with the same id). */
  public Scoring with(Scorer scorer) {
    checkNotNull(scorer, "scorer");
    return of(ImmutableList.<Scorer>builder()
        .addAll(scorers.stream().filter(s -> !s.id().equals(scorer.id())).iterator())
        .add(scorer).build());
  }

  /** This scoring without the scorer {@code id}, if it had one. */
  public Scoring without(String id) {
    checkNotNull(id, "id");
    return new Scoring(scorers.stream().filter(s -> !s.id().equals(id))
        .collect(ImmutableList.toImmutableList()));
  }

  /** The scorers, in order. */
  public ImmutableList<Scorer> scorers() {
    return scorers;
  }

  /**
   * Scores {@code conversation} with every scorer that applies to its playbook, weighting each by
   * the playbook's {@linkplain Playbook#scoreWeight(String) score weight}.
   *
   * @throws NullPointerException if {@code conversation} is null
   */
  public Scorecard score(Conversation conversation) {
    checkNotNull(conversation, "conversation");
    Playbook playbook = conversation.playbook();
    ImmutableList.Builder<Score> scores = ImmutableList.builder();
    ImmutableList.Builder<Double> weights = ImmutableList.builder();
    for (Scorer scorer : scorers) {
      if (scorer.appliesTo(playbook)) {
        Score score = scorer.score(conversation);
        if (!score.id().equals(scorer.id())) {
          throw new IllegalStateException("scorer " + scorer.id() + " returned a score with id "
              + score.id());
        }
        scores.add(score);
        weights.add(playbook.scoreWeight(scorer.id()));
      }
    }
    return new Scorecard(conversation, scores.build(), weights.build());
  }
}
