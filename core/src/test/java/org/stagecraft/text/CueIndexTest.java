package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;

/** The scoring index finds each kind of cue, and keeps a sentence's opening apart from its stem. */
class CueIndexTest {
  private final int so = Vocabulary.stemId("so");
  private final int what = Vocabulary.stemId("what");
  private static final String THANKS = Stems.of("thanks");
  private static final String TIME = Stems.of("time");

  @Test
  void a_stem_a_pair_and_an_opening_are_three_cues() {
    CueIndex index = new CueIndex(List.of(Map.of("so", 1.0, CueIndex.opening("so"), 2.0,
        "so what", 3.0)), 0, 1);

    assertThat(index.size()).isEqualTo(3);
    assertThat(index.weight(index.word("so", so), 0)).isEqualTo(1f);
    assertThat(index.weight(index.opening("so", so), 0)).isEqualTo(2f);
    assertThat(index.weight(index.pair("so", so, "what", what), 0)).isEqualTo(3f);
  }

  @Test
  void a_stem_without_an_opening_cue_opens_nothing() {
    CueIndex index = new CueIndex(List.of(Map.of("what", 1.0, CueIndex.opening("so"), 2.0)),
        0, 1);

    assertThat(index.opening("what", what)).isNegative();
    assertThat(index.word("so", so)).isNegative();
    assertThat(index.weight(index.word("what", what), 0)).isEqualTo(1f);
  }

  @Test
  void a_score_is_explained_by_the_opening_it_came_from() {
    List<Signal> order = CueModel.signalOrder();
    List<Map<String, Double>> byCue = new ArrayList<>();
    order.forEach(signal -> byCue.add(signal == Signal.RAPPORT
        ? Map.of(CueIndex.opening(THANKS), 3.0, TIME, 0.5) : Map.of()));
    float[][] base = new float[2][order.size()];
    for (float[] role : base) {
      Arrays.fill(role, -1);
    }
    CueModel model = CueModel.of(new CueModel.Learned(order, byCue, base));
    int rapport = model.index(Signal.RAPPORT);

    CueModel.SentenceScores first = model.scores()
        .score(Sentences.of("Thanks for your time."), 0, SpeakerRole.SELLER);
    assertThat(first.totals()[rapport]).isEqualTo(2.5f);
    assertThat(first.why(rapport)).isEqualTo("^" + THANKS + ", " + TIME);

    CueModel.SentenceScores later = model.scores()
        .score(Sentences.of("For your time, thanks."), 0, SpeakerRole.SELLER);
    assertThat(later.totals()[rapport]).isEqualTo(-0.5f); // "thanks" does not open it
    assertThat(later.why(rapport)).isEqualTo(TIME);
  }

  @Test
  void an_opening_of_a_stem_the_vocabulary_does_not_know_is_found_by_its_text() {
    CueIndex index = new CueIndex(List.of(Map.of(CueIndex.opening("zyzzyvas"), 2.0)), 0, 1);

    assertThat(Vocabulary.stemId("zyzzyvas")).isNegative();
    assertThat(index.weight(index.opening("zyzzyvas", -1), 0)).isEqualTo(2f);
    assertThat(index.word("zyzzyvas", -1)).isNegative();
  }
}
