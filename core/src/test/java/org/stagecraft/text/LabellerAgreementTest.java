package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stagecraft.SpeakerRole;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;

/**
 * How far two labellers agree: a second, independent labelling of 400 development lines
 * (second-labeller.tsv) measured against the corpora's own labels, with the classifier's metrics.
 * It is the ceiling that figures on a corpus labelled by another writer should be read against
 * (docs/classifier.md, "How far labellers agree"); the assertions keep the recorded figures true.
 */
class LabellerAgreementTest {
  private record Key(SpeakerRole role, String text) {}

  @Test
  void a_second_labelling_agrees_with_the_corpora_as_recorded() {
    Map<Key, Set<org.stagecraft.Signal>> corpora = new HashMap<>();
    for (String corpus : List.of("dev3.tsv", "dev4.tsv")) {
      for (LabelledCorpus.Line line : CorpusEvaluation.load("/org/stagecraft/text/" + corpus)) {
        Set<org.stagecraft.Signal> before =
            corpora.putIfAbsent(new Key(line.role(), line.text()), line.labels());
        assertThat(before == null || before.equals(line.labels()))
            .as("a line labelled two ways in dev3/dev4: %s", line.number()).isTrue();
      }
    }
    Map<Key, Set<org.stagecraft.Signal>> second = new HashMap<>();
    List<LabelledCorpus.Line> asLabelled = new ArrayList<>();
    for (LabelledCorpus.Line line : LabelledCorpus.read("/classifier/second-labeller.tsv")) {
      Key key = new Key(line.role(), line.text());
      Set<org.stagecraft.Signal> original = corpora.get(key);
      assertThat(original).as("line %s is not a dev3/dev4 line", line.number()).isNotNull();
      second.put(key, line.labels());
      asLabelled.add(new LabelledCorpus.Line(line.number(), line.role(), line.text(), original));
    }
    SignalClassifier secondLabeller = (utterance, previous) ->
        second.get(new Key(utterance.role(), utterance.text())).stream()
            .map(s -> new Detection(s, utterance.role(), "second-labeller", ""))
            .collect(ImmutableList.toImmutableList());

    CorpusEvaluation agreement = CorpusEvaluation.run(secondLabeller, asLabelled);

    System.out.print("second labeller against the corpora's labels:\n" + agreement.table());
    assertThat(asLabelled).hasSize(400);
    assertThat(agreement.macroF1()).isCloseTo(0.892, within(0.0005));
    assertThat(agreement.questionF1()).isCloseTo(0.829, within(0.0005));
  }
}
