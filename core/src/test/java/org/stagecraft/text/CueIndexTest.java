package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring index finds each kind of cue, and keeps a sentence's opening apart from its stem. */
class CueIndexTest {
  private final int so = Vocabulary.stemId("so");
  private final int what = Vocabulary.stemId("what");

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
  void an_opening_of_a_stem_the_vocabulary_does_not_know_is_found_by_its_text() {
    CueIndex index = new CueIndex(List.of(Map.of(CueIndex.opening("zyzzyvas"), 2.0)), 0, 1);

    assertThat(Vocabulary.stemId("zyzzyvas")).isNegative();
    assertThat(index.weight(index.opening("zyzzyvas", -1), 0)).isEqualTo(2f);
    assertThat(index.word("zyzzyvas", -1)).isNegative();
  }
}
