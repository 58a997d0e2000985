package org.stagecraft.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.SignalClassifier;

/**
 * The compatibility test for a custom {@link SignalClassifier} (one backed by a language model,
 * another language, your own rules): extend it, return your classifier from {@link
 * #classifier()}, and JUnit 5 checks what the SPI asks of every classifier:
 *
 * <ul>
 *   <li>determinism: the same utterance and context give an equal list, in the same order;
 *   <li>every detection carries the utterance's speaker role and a rule id;
 *   <li>odd text (empty, blank, punctuation only, very long, control characters, any script) and
 *       seeded random text give a list, never null and never an exception;
 *   <li>null handling: a null utterance throws {@link NullPointerException}, a null previous
 *       utterance (the first turn) is fine;
 *   <li>thread-safety: classifying from several threads at once gives the single-thread lists.
 * </ul>
 *
 * <pre>
 * class LlmClassifierTest extends SignalClassifierCompatibilityTest {
 *   &#64;Override
 *   protected SignalClassifier classifier() {
 *     return new LlmClassifier(new RecordedAnswers("answers.json")); // no network in tests
 *   }
 * }
 * </pre>
 *
 * <p>Override {@link #samples()} to add your domain's sentences. JUnit's default (one instance
 * per test method) is assumed.
 */
public abstract class SignalClassifierCompatibilityTest {
  /** For subclasses. */
  protected SignalClassifierCompatibilityTest() {}

  /** The classifier under test; may return the same instance each time. */
  protected abstract SignalClassifier classifier();

  /** Sentences to classify, as every role; override to add your own (keep these). */
  protected List<String> samples() {
    return List.of(
        "So what made you start looking at this now?",
        "what made you look now",
        "We lose a day every week chasing renewals by hand.",
        "Here's what it looks like: the next step is a pilot. Any questions before we start?",
        "What would you like to do?",
        "Hold on, I'm not ready for that.",
        "Yes, that's exactly it.",
        "", "   ", "?!?", "ok",
        "\u00e9t\u00e9 \u4f60\u597d \u0645\u0631\u062d\u0628\u0627 \ud83d\ude00",
        "word ".repeat(5_000),
        "\u0000\u0001 control \uffff characters\t\r\n");
  }

  /** How many random texts {@link #random_text_gives_a_list_not_an_exception} tries. */
  protected int randomTexts() {
    return 1_000;
  }

  @Test
  public void is_deterministic() {
    SignalClassifier classifier = classifier();
    Utterance previous = Utterance.seller("How are things going with renewals?");
    forEachSample((name, utterance) -> assertThat(classifier.classify(utterance, previous))
        .as("%s classified twice", name).isEqualTo(classifier.classify(utterance, previous)));
  }

  @Test
  public void detections_carry_the_speakers_role_and_a_rule() {
    SignalClassifier classifier = classifier();
    Utterance previous = Utterance.seller("Did I get that right?");
    forEachSample((name, utterance) -> assertThat(classifier.classify(utterance, previous))
        .as("detections in %s", name)
        .isNotNull()
        .allSatisfy(d -> {
          assertThat(d.by()).as("role of %s", d).isEqualTo(utterance.role());
          assertThat(d.rule()).as("rule of %s", d).isNotBlank();
        }));
  }

  @Test
  public void the_first_turn_has_no_previous_one() {
    SignalClassifier classifier = classifier();
    forEachSample((name, utterance) -> assertThatCode(
        () -> assertThat(classifier.classify(utterance, null)).isNotNull())
        .as("classify(%s, null)", name).doesNotThrowAnyException());
  }

  @Test
  public void random_text_gives_a_list_not_an_exception() {
    SignalClassifier classifier = classifier();
    SplittableRandom random = new SplittableRandom(11);
    Utterance previous = null;
    for (int i = 0; i < randomTexts(); i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(120); k > 0; k--) {
        int kind = random.nextInt(8);
        text.append(kind == 0 ? (char) random.nextInt(0x3000)
            : kind == 1 ? " ?.,!'-".charAt(random.nextInt(7)) : (char) ('a' + random.nextInt(26)));
      }
      Utterance utterance = Utterance.of(SpeakerRole.values()[random.nextInt(3)],
          text.toString());
      Utterance context = previous;
      assertThatCode(() -> assertThat(classifier.classify(utterance, context)).isNotNull())
          .as("random text %s (seed 11)", i).doesNotThrowAnyException();
      previous = utterance;
    }
  }

  @Test
  public void refuses_a_null_utterance() {
    assertThatNullPointerException().as("classify(null, null)")
        .isThrownBy(() -> classifier().classify(null, null));
  }

  @Test
  public void is_thread_safe() throws Exception {
    SignalClassifier classifier = classifier();
    List<Utterance> utterances = utterances();

    int disagreement = Concurrently.firstDisagreement(utterances,
        u -> classifier.classify(u, null));

    assertThat(disagreement).as("the first utterance classified differently on several "
        + "threads (-1: none)%s", disagreement < 0 ? "" : ": " + name(disagreement))
        .isEqualTo(-1);
  }

  /**
   * Every sample as every role, named by its place in {@link #samples()}: {@link Utterance}
   * never prints its text.
   */
  private List<Utterance> utterances() {
    List<Utterance> utterances = new ArrayList<>();
    for (String text : samples()) {
      for (SpeakerRole role : SpeakerRole.values()) {
        utterances.add(Utterance.of(role, text));
      }
    }
    return utterances;
  }

  /** Runs {@code check} on every sample as every role, with its name. */
  private void forEachSample(BiConsumer<String, Utterance> check) {
    List<Utterance> utterances = utterances();
    for (int i = 0; i < utterances.size(); i++) {
      check.accept(name(i), utterances.get(i));
    }
  }

  /** {@code sample 3 as prospect}, for the utterance at {@code index} of {@link #utterances()}. */
  private static String name(int index) {
    int roles = SpeakerRole.values().length;
    return "sample " + index / roles + " as " + SpeakerRole.values()[index % roles].label();
  }
}
