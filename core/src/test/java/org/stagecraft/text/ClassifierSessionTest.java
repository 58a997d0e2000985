package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.stagecraft.SpeakerRole;
import org.stagecraft.event.Utterance;
import org.stagecraft.spi.Detection;

/**
 * A transcript's session (reused buffers, unknown words remembered, the previous turn's check
 * remembered) must find exactly what one call per utterance finds.
 */
class ClassifierSessionTest {
  private static final EnglishSignalClassifier CLASSIFIER = EnglishSignalClassifier.create();

  @Test
  void a_session_finds_what_single_calls_find_over_a_development_corpus() {
    // given every line of dev3 as one long conversation, a "yes" after each seller line
    List<Utterance> turns = new ArrayList<>();
    for (LabelledCorpus.Line line : LabelledCorpus.read("dev3.tsv")) {
      turns.add(Utterance.of(line.role(), line.text()));
      if (line.role() == SpeakerRole.SELLER) {
        turns.add(Utterance.prospect("Yes, that's right, Ottoline and Quillfeather agree."));
      }
    }

    // when / then
    assertSameAsSingleCalls(turns);
  }

  @Test
  void unknown_words_past_the_memo_limit_are_still_read_as_before() {
    // given more distinct unknown words than the memo keeps, each said twice
    List<Utterance> turns = new ArrayList<>();
    for (int i = 0; i < UnknownWords.LIMIT + 200; i++) {
      String name = "zorblings" + Integer.toString(i, 26).replace('0', 'q');
      turns.add(Utterance.prospect("We're really struggling with " + name + " and "
          + name.toUpperCase(java.util.Locale.ROOT) + " every week, it's costing us"));
      turns.add(Utterance.seller("How are the " + name + " handled today?"));
    }

    // when / then
    assertSameAsSingleCalls(turns);
  }

  @Test
  void texts_too_long_for_the_thread_buffers_are_read_as_before() {
    // given turns longer than the buffers a thread keeps, with short turns between them
    String pain = "Our renewals keep slipping and it is costing us customers every quarter. ";
    List<Utterance> turns = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      turns.add(Utterance.prospect(pain.repeat(300)));
      turns.add(Utterance.seller("What happens when a renewal slips?"));
      turns.add(Utterance.seller("So it is the renewals, did I get that right? ".repeat(400)));
      turns.add(Utterance.prospect("Yes."));
    }

    // when / then
    assertThat(turns.get(0).text().length()).isGreaterThan(16_384);
    assertSameAsSingleCalls(turns);
  }

  private static void assertSameAsSingleCalls(List<Utterance> turns) {
    EnglishSignalClassifier.Session session = CLASSIFIER.session();
    @Nullable Utterance previous = null;
    int withSignals = 0;
    for (Utterance turn : turns) {
      ImmutableList<Detection> expected = CLASSIFIER.classify(turn, previous);
      assertThat(session.classify(turn, previous)).as("%s", turn.text()).isEqualTo(expected);
      withSignals += expected.isEmpty() ? 0 : 1;
      previous = turn;
    }
    assertThat(withSignals).as("turns with a signal").isGreaterThan(turns.size() / 2);
  }
}
