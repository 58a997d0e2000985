package org.stagecraft.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stagecraft.Summary;

class EvidenceTest {
  @Test
  void merges_lists_in_event_order_up_to_the_limit() {
    ImmutableList<Integer> merged = Evidence.merged(List.of(
        ImmutableList.of(3, 200, 900), ImmutableList.of(), ImmutableList.of(1, 3, 500)));

    assertThat(merged).containsExactly(1, 3, 3, 200, 500, 900);
  }

  @Test
  void keeps_a_single_source_capped() {
    ImmutableList<Integer> many = IntStream.range(0, 40).boxed()
        .collect(ImmutableList.toImmutableList());

    assertThat(Evidence.merged(List.of(ImmutableList.of(), many)))
        .isEqualTo(many.subList(0, Summary.EVIDENCE_LIMIT));
    assertThat(Evidence.merged(List.of(ImmutableList.of(), ImmutableList.of()))).isEmpty();
  }

  @Test
  void sorts_lists_that_are_not_in_order() {
    assertThat(Evidence.merged(List.of(ImmutableList.of(9, 2), ImmutableList.of(5))))
        .containsExactly(2, 5, 9);
    assertThat(Evidence.merged(List.of(ImmutableList.of(7, 4)))).containsExactly(4, 7);
  }

  /** Seeded: the merge of ascending lists against sorting all their indices. */
  @Test
  void agrees_with_sorting_everything() {
    long seed = 20261128;
    Random random = new Random(seed);
    for (int round = 0; round < 2_000; round++) {
      List<ImmutableList<Integer>> lists = new ArrayList<>();
      List<Integer> all = new ArrayList<>();
      for (int l = random.nextInt(5); l > 0; l--) {
        List<Integer> list = new ArrayList<>();
        for (int n = random.nextInt(Summary.EVIDENCE_LIMIT + 1); n > 0; n--) {
          list.add(random.nextInt(400));
        }
        list.sort(null);
        all.addAll(list);
        lists.add(ImmutableList.copyOf(list));
      }
      all.sort(null);

      assertThat(Evidence.merged(lists)).as("seed %s, round %s: %s", seed, round, lists)
          .isEqualTo(all.subList(0, Math.min(all.size(), Summary.EVIDENCE_LIMIT)));
    }
  }
}
