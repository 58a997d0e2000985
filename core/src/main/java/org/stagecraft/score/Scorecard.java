package org.stagecraft.score;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Violation;

/**
 * The scores of one conversation, their weighted overall value, and the conversation's
 * violations. Made by {@link Scoring#score(Conversation)}.
 *
 * <p>Immutable and thread-safe. {@link #violations()} reads them from the conversation each time
 * it is called, so building a scorecard after every event of a live call stays cheap.
 */
public final class Scorecard {
  private final Conversation conversation;
  private final ImmutableList<Score> scores;
  private final ImmutableList<Double> weights;
  private final int overall;

  Scorecard(Conversation conversation, ImmutableList<Score> scores, ImmutableList<Double> weights) {
    this.conversation = conversation;
    this.scores = scores;
    this.weights = weights;
    double sum = 0;
    double weightSum = 0;
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i).measured()) {
        sum += weights.get(i) * scores.get(i).value();
        weightSum += weights.get(i);
      }
    }
    this.overall = weightSum == 0 ? -1 : (int) Math.round(sum / weightSum);
  }

  /** The scores, in the order of the scorers. */
  public ImmutableList<Score> scores() {
    return scores;
  }

  /** The score with this id, if a scorer made one. */
  public Optional<Score> score(String id) {
    return scores.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The weight each score had in the overall value, in the order of {@link #scores()}. */
  public ImmutableList<Double> weights() {
    return weights;
  }

  /**
   * The weighted mean of the measured scores, 0 to 100, using the playbook's {@linkplain
   * org.stagecraft.Playbook#scoreWeights() weights}; 0 when nothing was measured.
   */
  public int overall() {
    return Math.max(overall, 0);
  }

  /** The band of {@link #overall()}, or {@link Band#UNMEASURED} when nothing was measured. */
  public Band overallBand() {
    return overall < 0 ? Band.UNMEASURED : Band.of(overall);
  }

  /** The conversation's violations, in event order. */
  public ImmutableList<Violation> violations() {
    return conversation.violations();
  }

  /** The conversation scored. */
  public Conversation conversation() {
    return conversation;
  }

  /**
   * Up to {@code limit} coaching tips, most valuable first: from the measured scores that lose
   * the most weighted points. Scores weighted 0 give none.
   *
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public ImmutableList<String> topTips(int limit) {
    checkArgument(limit >= 0, "limit must not be negative: %s", limit);
    ImmutableList.Builder<String> tips = ImmutableList.builder();
    int taken = 0;
    for (int i : order()) {
      Score score = scores.get(i);
      if (taken < limit && !score.tip().isEmpty() && score.value() < 100 && weights.get(i) > 0) {
        tips.add(score.tip());
        taken++;
      }
    }
    return tips.build();
  }

  /**
   * The measured scores' indices, most weighted points lost first; equal ones keep their order.
   * An insertion sort: there are only as many as there are scorers, and the Kafka processor asks
   * for the tips of every scorecard it writes.
   */
  private int[] order() {
    int[] indices = new int[scores.size()];
    double[] keys = new double[scores.size()];
    int count = 0;
    for (int i = 0; i < scores.size(); i++) {
      if (!scores.get(i).measured()) {
        continue;
      }
      double key = -weights.get(i) * (100 - scores.get(i).value());
      int at = count;
      while (at > 0 && keys[at - 1] > key) {
        indices[at] = indices[at - 1];
        keys[at] = keys[at - 1];
        at--;
      }
      indices[at] = i;
      keys[at] = key;
      count++;
    }
    return Arrays.copyOf(indices, count);
  }

  /**
   * The scorecard as plain text a person reads in ten seconds: a header, one line per score,
   * the violation count, then the top three tips. Holds no utterance text.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Scorecard: ").append(conversation.playbook().name()).append(", ")
        .append(conversation.eventCount()).append(" events, ")
        .append(conversation.isEnded() ? "ended in " : "now in ").append(conversation.stage())
        .append('\n');
    out.append("Overall ").append(overallBand() == Band.UNMEASURED ? "-" : overall()).append(" (")
        .append(overallBand().label()).append(")\n\n");
    out.append(String.format(Locale.ROOT, "  %-18s %5s  %-10s %s%n", "score", "value", "band",
        "why"));
    for (Score s : scores) {
      out.append(String.format(Locale.ROOT, "  %-18s %5s  %-10s %s%n", s.id(),
          s.measured() ? String.valueOf(s.value()) : "-", s.band().label(), s.explanation()));
    }
    int violations = conversation.summary().violations();
    out.append("\nViolations: ").append(violations).append('\n');
    ImmutableList<String> tips = topTips(3);
    if (!tips.isEmpty()) {
      out.append("Top tips:\n");
      for (int i = 0; i < tips.size(); i++) {
        out.append("  ").append(i + 1).append(". ").append(tips.get(i)).append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Scorecard that && scores.equals(that.scores)
        && weights.equals(that.weights) && conversation.equals(that.conversation);
  }

  @Override
  public int hashCode() {
    return scores.hashCode();
  }

  @Override
  public String toString() {
    return "Scorecard[overall=" + overall() + ", scores=" + scores.size() + "]";
  }
}
