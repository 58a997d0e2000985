package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word list the build ships is what the corpora give now, and the vocabulary holds it. */
class CorpusWordsTest {
  @Test
  void the_shipped_word_list_is_what_the_corpora_give_now() {
    assertThat(CorpusWords.class.getResource(CorpusWords.RESOURCE)).isNotNull();
    assertThat(CorpusWords.load()).isEqualTo(CorpusWords.of(CueModel.CORPORA));
  }

  @Test
  void the_words_are_distinct_lower_case_and_have_no_quotes_around_them() {
    List<String> words = CorpusWords.of(List.of("dev.tsv"));

    assertThat(words).doesNotHaveDuplicates().isNotEmpty()
        .allSatisfy(w -> assertThat(w).isLowerCase().doesNotStartWith("'").doesNotEndWith("'"));
    assertThat(Vocabulary.stemId(Stems.of(words.get(0)))).isNotNegative();
  }
}
