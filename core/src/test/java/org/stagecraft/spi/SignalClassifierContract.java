package org.stagecraft.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.Utterance;

/**
 * The compatibility test every {@link SignalClassifier} should pass: extend it and return your
 * classifier from {@link #classifier()}. Checks determinism, that every detection carries the
 * speaker's role and a rule id, that odd text (empty, long, binary-looking, any script) gives a
 * list rather than an exception, null handling, and thread-safety.
 */
@SuppressWarnings("exports") // lives in the API package for implementers; JUnit is theirs too
public abstract class SignalClassifierContract {
  /** For subclasses. */
  protected SignalClassifierContract() {}

  /** The classifier under test. */
  protected abstract SignalClassifier classifier();

  /** Texts to try, beyond the contract's own; override to add domain text. */
  protected List<String> samples() {
    return List.of("What made you start looking at this now?", "so what made you look now",
        "We lose a day a week to manual follow-ups.", "Here's what it looks like: the next step "
            + "is a pilot. Any questions before we get started?", "What would you like to do?",
        "Hold on, I'm not ready for that.", "", "   ", "?!?", "ok", "\u00e9\u00e8\u4f60\u597d",
        "word ".repeat(5_000), "\u0000\u0001 binary-ish \uffff");
  }

  @Test
  public void is_deterministic() {
    for (String text : samples()) {
      for (SpeakerRole role : SpeakerRole.values()) {
        Utterance utterance = Utterance.of(role, text);
        assertThat(classifier().classify(utterance, null))
            .isEqualTo(classifier().classify(utterance, null));
      }
    }
  }

  @Test
  public void detections_carry_the_speakers_role_and_a_rule() {
    for (String text : samples()) {
      for (SpeakerRole role : SpeakerRole.values()) {
        Utterance previous = Utterance.of(SpeakerRole.SELLER, "How are things?");
        assertThat(classifier().classify(Utterance.of(role, text), previous)).allSatisfy(d -> {
          assertThat(d.by()).isEqualTo(role);
          assertThat(d.rule()).isNotBlank();
        });
      }
    }
  }

  @Test
  public void random_text_gives_a_list_not_an_exception() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(80); k > 0; k--) {
        text.append((char) (random.nextInt(3) == 0 ? random.nextInt(0x3000) : 'a'
            + random.nextInt(26)));
        if (random.nextInt(6) == 0) {
          text.append(random.nextBoolean() ? ' ' : '?');
        }
      }
      assertThat(classifier().classify(Utterance.seller(text.toString()), null)).isNotNull();
    }
  }

  @Test
  public void refuses_a_null_utterance() {
    assertThatNullPointerException().isThrownBy(() -> classifier().classify(null, null));
  }

  @Test
  public void is_thread_safe() throws Exception {
    List<Utterance> utterances = new ArrayList<>();
    for (String text : samples()) {
      utterances.add(Utterance.of(SpeakerRole.PROSPECT, text));
      utterances.add(Utterance.of(SpeakerRole.SELLER, text));
    }
    List<List<Detection>> expected = new ArrayList<>();
    utterances.forEach(u -> expected.add(classifier().classify(u, null)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 50; round++) {
            for (int i = 0; i < utterances.size(); i++) {
              if (!classifier().classify(utterances.get(i), null).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
