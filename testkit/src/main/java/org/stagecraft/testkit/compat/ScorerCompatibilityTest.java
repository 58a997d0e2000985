package org.stagecraft.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.event.ConversationEvent;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorer;
import org.stagecraft.score.Scoring;

/**
 * The compatibility test for a custom {@link Scorer}: extend it, return your scorer from {@link
 * #scorer()}, and JUnit 5 checks what the SPI asks of every scorer, over seeded random
 * conversations of {@link #playbooks()} (moving through their stages, with rejected events,
 * touches and timed and untimed talk):
 *
 * <ul>
 *   <li>a stable, kebab-case id, carried by every score it makes;
 *   <li>bounds: a score for every conversation (also a fresh one), never an exception, evidence
 *       only among the conversation's events;
 *   <li>determinism: the same conversation, or an equal one replayed from the same events, gets
 *       an equal score;
 *   <li>null handling: {@code score(null)} throws {@link NullPointerException};
 *   <li>thread-safety: scoring from several threads at once gives the single-thread scores;
 *   <li>it plugs into {@link Scoring}.
 * </ul>
 *
 * <pre>
 * class BudgetScorerTest extends ScorerCompatibilityTest {
 *   &#64;Override
 *   protected Scorer scorer() {
 *     return new BudgetScorer();
 *   }
 * }
 * </pre>
 *
 * <p>A failure names the playbook and the seed of the conversation; override {@link #seed()} to
 * rerun one. Each test creates its own scorer and conversations; JUnit's default (one instance
 * per test method) is assumed.
 */
public abstract class ScorerCompatibilityTest {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** For subclasses. */
  protected ScorerCompatibilityTest() {}

  /** The scorer under test; may return the same instance each time. */
  protected abstract Scorer scorer();

  /**
   * The playbooks to score conversations of (default: the consultative one); only those the
   * scorer {@linkplain Scorer#appliesTo applies to} are used.
   */
  protected List<Playbook> playbooks() {
    return List.of(Playbooks.consultative());
  }

  /** How many random conversations per playbook (default 200). */
  protected int conversations() {
    return 200;
  }

  /** The first seed; conversation {@code k} uses {@code seed() + k} (default 20_251_127). */
  protected long seed() {
    return 20_251_127L;
  }

  /** The most events in one random conversation (default 120). */
  protected int maxEvents() {
    return 120;
  }

  @Test
  public void has_a_stable_kebab_case_id() {
    Scorer scorer = scorer();
    String id = scorer.id();

    assertThat(id).as("scorer id").isNotNull().matches(KEBAB);
    assertThat(scorer.id()).as("scorer id, asked again").isEqualTo(id);
  }

  @Test
  public void scores_every_conversation_within_bounds() {
    Scorer scorer = scorer();
    for (Sample sample : samples(scorer)) {
      Score score = scoreOf(scorer, sample);

      // Score itself refuses values outside 0 to 100, so only the id and evidence need checks.
      assertThat(score).as("score of %s", sample).isNotNull();
      assertThat(score.id()).as("id of the score of %s", sample).isEqualTo(scorer.id());
      assertThat(score.evidence()).as("evidence of %s (event indices)", sample)
          .allSatisfy(i -> assertThat(i).isNotNegative()
              .isLessThan(sample.conversation.eventCount()));
    }
  }

  @Test
  public void is_deterministic() {
    Scorer scorer = scorer();
    for (Sample sample : samples(scorer)) {
      Conversation replayed = sample.conversation.playbook().newConversation()
          .advanceAll(sample.events);

      Score score = scorer.score(sample.conversation);
      assertThat(scorer.score(sample.conversation)).as("%s scored twice", sample)
          .isEqualTo(score);
      assertThat(scorer.score(replayed)).as("%s replayed from its events", sample)
          .isEqualTo(score);
    }
  }

  @Test
  public void refuses_a_null_conversation() {
    assertThatNullPointerException().as("score(null)").isThrownBy(() -> scorer().score(null));
  }

  @Test
  public void is_thread_safe() throws Exception {
    Scorer scorer = scorer();
    List<Sample> samples = samples(scorer);

    int disagreement = Concurrently.firstDisagreement(samples, s -> scorer.score(s.conversation));

    assertThat(disagreement).as("the first conversation scored differently on several threads "
        + "(-1: none)%s", disagreement < 0 ? "" : ": " + samples.get(disagreement)).isEqualTo(-1);
  }

  @Test
  public void plugs_into_scoring() {
    Scorer scorer = scorer();
    for (Playbook playbook : applicable(scorer)) {
      Conversation fresh = playbook.newConversation();

      assertThat(Scoring.defaults().with(scorer).score(fresh).score(scorer.id()))
          .as("scorecard of a fresh %s conversation", playbook.name())
          .contains(scorer.score(fresh));
    }
  }

  private List<Playbook> applicable(Scorer scorer) {
    List<Playbook> applicable = playbooks().stream().filter(scorer::appliesTo).toList();
    assertThat(applicable).as("playbooks the scorer applies to, among %s", playbooks())
        .isNotEmpty();
    return applicable;
  }

  private List<Sample> samples(Scorer scorer) {
    List<Sample> samples = new ArrayList<>();
    for (Playbook playbook : applicable(scorer)) {
      samples.add(new Sample(playbook, -1, List.of(), playbook.newConversation()));
      for (int k = 0; k < conversations(); k++) {
        long seed = seed() + k;
        List<ConversationEvent> events = RandomConversations.events(playbook, seed, maxEvents());
        samples.add(new Sample(playbook, seed, events,
            playbook.newConversation().advanceAll(events)));
      }
    }
    return samples;
  }

  /** Scores {@code sample}, naming it (and so its seed) if the scorer throws. */
  private static Score scoreOf(Scorer scorer, Sample sample) {
    try {
      return scorer.score(sample.conversation);
    } catch (RuntimeException e) {
      throw new AssertionError("scoring " + sample + " threw " + e, e);
    }
  }

  /** One conversation to score, with how it was made, for failure messages. */
  private record Sample(Playbook playbook, long seed, List<ConversationEvent> events,
      Conversation conversation) {
    @Override
    public String toString() {
      return seed < 0 ? "a fresh " + playbook.name() + " conversation"
          : "the " + playbook.name() + " conversation of seed " + seed + " ("
              + events.size() + " events, in " + conversation.stage() + ")";
    }
  }
}
