package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void sentences_are_ranges_of_the_texts_words_with_their_clauses_and_question_marks() {
    // given a text whose second sentence ends with a question mark set apart, and an empty one
    Sentences.Text text = Sentences.of("Well, Bob: what made you look ? ; 'Yes', it's fine. ok");

    // then each sentence is a range of one flat list of words
    assertThat(Arrays.copyOf(text.tokens, text.words)).containsExactly("well", "bob", "what",
        "made", "you", "look", "yes", "it's", "fine", "ok");
    assertThat(text.sentences).isEqualTo(3);
    assertThat(ranges(text)).containsExactly("0-6?", "6-9", "9-10");
    assertThat(clauses(text, 0)).containsExactly(0, 1, 2);
    assertThat(clauses(text, 1)).containsExactly(6, 7);
    assertThat(clauses(text, 2)).containsExactly(9);
    assertThat(text.spaceWords).isEqualTo(12);
  }

  @Test
  void a_long_text_grows_its_tables_and_keeps_every_range() {
    // given more sentences, clauses and words than the tables start with
    StringBuilder long_ = new StringBuilder();
    for (int s = 0; s < 50; s++) {
      long_.append("one, two, three four").append(s % 2 == 0 ? "? " : ". ");
    }

    Sentences.Text text = Sentences.of(long_.toString());

    assertThat(text.sentences).isEqualTo(50);
    assertThat(text.words).isEqualTo(200);
    for (int s = 0; s < 50; s++) {
      assertThat(text.from(s)).isEqualTo(4 * s);
      assertThat(text.to(s)).isEqualTo(4 * s + 4);
      assertThat(text.questionMark(s)).isEqualTo(s % 2 == 0);
      assertThat(clauses(text, s)).containsExactly(4 * s, 4 * s + 1, 4 * s + 2);
    }
  }

  @Test
  void text_past_ascii_is_read_by_strings_rules_and_its_words_left_uncounted() {
    Sentences.Text text = Sentences.of("CAFÉ \u2019tis naïve. İstanbul");

    assertThat(Arrays.copyOf(text.tokens, text.words)).containsExactly("café", "tis", "naïve",
        "i", "stanbul");
    assertThat(ranges(text)).containsExactly("0-3", "3-5");
    assertThat(text.spaceWords).isEqualTo(-1);
  }

  @Test
  void a_reader_reuses_its_text_and_a_new_read_replaces_the_old_one() {
    Sentences.Reader reader = new Sentences.Reader(false);
    reader.read("One two three four five. Six seven? Eight.");

    Sentences.Text text = reader.read("Nine ten");

    assertThat(Arrays.copyOf(text.tokens, text.words)).containsExactly("nine", "ten");
    assertThat(ranges(text)).containsExactly("0-2");
    reader.release();
    assertThat(text.tokens).containsOnlyNulls();
  }

  private static List<String> ranges(Sentences.Text text) {
    List<String> ranges = new ArrayList<>();
    for (int s = 0; s < text.sentences; s++) {
      ranges.add(text.from(s) + "-" + text.to(s) + (text.questionMark(s) ? "?" : ""));
    }
    return ranges;
  }

  private static List<Integer> clauses(Sentences.Text text, int s) {
    List<Integer> starts = new ArrayList<>();
    for (int k = text.clauseFrom[s]; k < text.clauseFrom[s + 1]; k++) {
      starts.add(text.clauses[k]);
    }
    return starts;
  }
}
