package org.stagecraft.testkit.compat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.stagecraft.Conversation;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorer;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;

/** Each check of the compatibility tests fails on an implementation with that fault. */
class CompatibilityTestsCatchFaultsTest {

  private static ScorerCompatibilityTest kit(String id, Function<Conversation, Score> score) {
    Scorer scorer = new Scorer() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Score score(Conversation conversation) {
        return score.apply(conversation);
      }
    };
    return new ScorerCompatibilityTest() {
      @Override
      protected Scorer scorer() {
        return scorer;
      }

      @Override
      protected int conversations() {
        return 40;
      }
    };
  }

  private static Score fine(String id, Conversation c) {
    return Score.of(id, c.eventCount() % 101, "events", List.of(), "");
  }

  @Test
  void a_scorer_that_keeps_to_the_contract_passes_every_check() throws Exception {
    ScorerCompatibilityTest kit = kit("events", c -> fine("events", c));

    kit.has_a_stable_kebab_case_id();
    kit.scores_every_conversation_within_bounds();
    kit.is_deterministic();
    kit.refuses_a_null_conversation();
    kit.is_thread_safe();
    kit.plugs_into_scoring();
  }

  @Test
  void a_scorer_id_that_is_not_kebab_case_fails() {
    assertThatThrownBy(() -> kit("Events", c -> fine("events", c)).has_a_stable_kebab_case_id())
        .isInstanceOf(AssertionError.class).hasMessageContaining("[scorer id]");
  }

  @Test
  void scores_under_another_id_or_with_evidence_outside_the_conversation_fail() {
    assertThatThrownBy(() -> kit("events", c -> fine("other", c))
        .scores_every_conversation_within_bounds())
        .hasMessageContaining("[id of the score of a fresh consultative conversation]");
    assertThatThrownBy(() -> kit("events", c -> Score.of("events", 50, "x",
        List.of(c.eventCount()), "")).scores_every_conversation_within_bounds())
        .hasMessageContaining("(event indices)");
  }

  @Test
  void a_scorer_that_throws_on_some_conversations_fails_and_names_the_seed() {
    assertThatThrownBy(() -> kit("events", c -> {
      if (c.eventCount() > 60) {
        throw new IllegalStateException("too long");
      }
      return fine("events", c);
    }).scores_every_conversation_within_bounds())
        .isInstanceOf(AssertionError.class).hasMessageContaining("seed")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_scorer_with_hidden_state_is_not_deterministic() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(() -> kit("events", c -> Score.of("events", calls.incrementAndGet() % 100,
        "calls", List.of(), "")).is_deterministic())
        .hasMessageContaining("scored twice");
  }

  @Test
  void a_scorer_that_accepts_null_fails() {
    assertThatThrownBy(() -> kit("events", c -> Score.unmeasured("events", "nothing"))
        .refuses_a_null_conversation())
        .hasMessageContaining("[score(null)]");
  }

  @Test
  void a_scorer_whose_result_depends_on_the_thread_is_not_thread_safe() {
    Thread owner = Thread.currentThread();

    assertThatThrownBy(() -> kit("events", c -> Score.of("events",
        Thread.currentThread() == owner ? 10 : 20, "thread", List.of(), "")).is_thread_safe())
        .hasMessageContaining("scored differently on several threads");
  }

  private static SignalClassifierCompatibilityTest kit(SignalClassifier classifier) {
    return new SignalClassifierCompatibilityTest() {
      @Override
      protected SignalClassifier classifier() {
        return classifier;
      }

      @Override
      protected int randomTexts() {
        return 200;
      }
    };
  }

  private static ImmutableList<Detection> question(SpeakerRole by, String rule) {
    return ImmutableList.of(new Detection(Signal.OPEN_QUESTION, by, rule, ""));
  }

  @Test
  void a_classifier_that_keeps_to_the_contract_passes_every_check() throws Exception {
    SignalClassifierCompatibilityTest kit = kit((u, p) -> u.text().contains("?")
        ? question(u.role(), "q") : ImmutableList.of());

    kit.is_deterministic();
    kit.detections_carry_the_speakers_role_and_a_rule();
    kit.the_first_turn_has_no_previous_one();
    kit.random_text_gives_a_list_not_an_exception();
    kit.refuses_a_null_utterance();
    kit.is_thread_safe();
  }

  @Test
  void a_classifier_with_hidden_state_is_not_deterministic() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(() -> kit((u, p) -> calls.incrementAndGet() % 2 == 0
        ? question(u.role(), "q") : ImmutableList.of()).is_deterministic())
        .hasMessageContaining("[sample 0 as seller classified twice]");
  }

  @Test
  void detections_with_another_role_or_no_rule_fail() {
    assertThatThrownBy(() -> kit((u, p) -> question(SpeakerRole.SELLER, "q"))
        .detections_carry_the_speakers_role_and_a_rule())
        .hasMessageContaining("role of Detection[OPEN_QUESTION by SELLER, rule q]");
    assertThatThrownBy(() -> kit((u, p) -> question(u.role(), " "))
        .detections_carry_the_speakers_role_and_a_rule())
        .hasMessageContaining("rule of Detection[OPEN_QUESTION by SELLER");
  }

  @Test
  void a_classifier_that_needs_a_previous_turn_or_chokes_on_odd_text_fails() {
    assertThatThrownBy(() -> kit((u, p) -> p.role() == u.role() ? ImmutableList.of()
        : question(u.role(), "q")).the_first_turn_has_no_previous_one())
        .hasMessageContaining("[classify(sample 0 as seller, null)]");
    assertThatThrownBy(() -> kit((u, p) -> u.text().chars().anyMatch(ch -> ch > 0x2000)
        ? null : ImmutableList.of()).random_text_gives_a_list_not_an_exception())
        .hasMessageContaining("(seed 11)");
  }

  @Test
  void a_classifier_that_accepts_null_fails() {
    assertThatThrownBy(() -> kit((u, p) -> ImmutableList.of()).refuses_a_null_utterance())
        .hasMessageContaining("[classify(null, null)]");
  }

  @Test
  void a_classifier_whose_result_depends_on_the_thread_is_not_thread_safe() {
    Thread owner = Thread.currentThread();

    assertThatThrownBy(() -> kit((u, p) -> Thread.currentThread() == owner
        ? ImmutableList.of() : question(u.role(), "q")).is_thread_safe())
        .hasMessageContaining("classified differently on several threads");
  }
}
