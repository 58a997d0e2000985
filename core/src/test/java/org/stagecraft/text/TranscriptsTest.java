package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.event.Utterance;
import org.stagecraft.score.Scoring;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;

class TranscriptsTest {
  private final Transcript call = TranscriptReader.defaults().read("call.txt", """
      Rep: Hi, good to meet you.
      Rep: What made you start looking at this now?
      Customer: Our renewals keep slipping.
      Rep: Let's get you started today.
      """);

  /** Finds a question in every seller line that has a question mark, nothing else. */
  private final SignalClassifier questions = (utterance, previous) ->
      utterance.text().contains("?")
          ? ImmutableList.of(new Detection(Signal.OPEN_QUESTION, utterance.role(), "q", "?"))
          : ImmutableList.of();

  @Test
  void each_turn_keeps_its_detections_and_every_event_maps_back_to_its_turn() {
    ClassifiedTranscript classified = Transcripts.classify(call, questions);

    assertThat(classified.detections()).extracting(ImmutableList::size).containsExactly(0, 1, 0, 0);
    assertThat(classified.events()).hasSize(5);
    assertThat(classified.events().get(2)).isInstanceOf(
        org.stagecraft.event.ObservedSignal.class);
    assertThat(ImmutableList.of(0, 1, 2, 3, 4)).extracting(classified::turnOf)
        .containsExactly(0, 1, 1, 2, 3);
  }

  @Test
  void turn_of_an_event_outside_the_call_is_refused() {
    ClassifiedTranscript classified = Transcripts.classify(call, questions);

    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> classified.turnOf(5));
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> classified.turnOf(-1));
  }

  @Test
  void the_classifier_sees_each_utterance_with_the_one_before_it() {
    java.util.List<String> seen = new java.util.ArrayList<>();
    Transcripts.classify(call, (Utterance u, Utterance previous) -> {
      seen.add(previous == null ? "-" : previous.text());
      return ImmutableList.of();
    });

    assertThat(seen).containsExactly("-", "Hi, good to meet you.",
        "What made you start looking at this now?", "Our renewals keep slipping.");
  }

  @Test
  void score_runs_the_whole_path_with_the_english_rules_and_default_scorers() {
    var scorecard = Transcripts.score(call, Playbooks.consultative());

    var expected = Scoring.defaults().score(Transcripts.conversation(call,
        Playbooks.consultative()));
    assertThat(scorecard).isEqualTo(expected);
    assertThat(scorecard.conversation().stage()).isEqualTo(Stage.DISCOVERY);
    assertThat(scorecard.conversation().eventCount()).isGreaterThan(call.turns().size());
  }

  @Test
  void the_fold_with_the_word_counts_the_classifier_took_equals_the_engines_own_count() {
    // given turns of random words between every kind of space, ASCII and not, and characters
    // that look like spaces but are none (no-break space, 0x7F)
    long seed = 6;
    java.util.Random random = new java.util.Random(seed);
    String pieces = " \t\n\u000b\f\r\u001c\u001d\u001e\u001f\u007f\u00a0\u2003\u3000";
    ImmutableList.Builder<Turn> turns = ImmutableList.builder();
    for (int t = 0; t < 200; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(random.nextInt(3) == 0 ? pieces.charAt(random.nextInt(pieces.length()))
            : random.nextBoolean() ? "so what made you look" : "Caf\u00e9, ok?");
        if (random.nextBoolean() && t % 2 == 0) { // half the turns stay ASCII
          text.append(pieces.charAt(random.nextInt(10)));
        }
      }
      turns.add(new Turn("Rep", t % 3 == 0 ? SpeakerRole.PROSPECT : SpeakerRole.SELLER,
          text.toString(), null, null, t + 1));
    }
    Transcript transcript = new Transcript("random.txt", turns.build(), ImmutableList.of());

    // when the transcript path folds it, and the engine folds the same events counting itself
    ClassifiedTranscript classified =
        Transcripts.classify(transcript, EnglishSignalClassifier.create());
    org.stagecraft.Conversation taken = classified.conversation(Playbooks.consultative());
    org.stagecraft.Conversation counted =
        Playbooks.consultative().newConversation().advanceAll(classified.events());

    // then both hold the same entries, word counts included
    assertThat(taken).as("seed %s", seed).isEqualTo(counted);
    assertThat(taken.talk(SpeakerRole.SELLER).words())
        .isEqualTo(counted.talk(SpeakerRole.SELLER).words()).isPositive();
  }
}
