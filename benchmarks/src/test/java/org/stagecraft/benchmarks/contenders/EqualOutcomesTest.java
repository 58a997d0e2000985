package org.stagecraft.benchmarks.contenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Workload;

class EqualOutcomesTest {
  private static final Workload WORKLOAD = Workload.standard();

  @ParameterizedTest
  @ValueSource(strings = {"stagecraft", "stagecraft-builder", "stateless4j", "cola", "squirrel", "spring"})
  void every_implementation_ends_every_call_as_the_baseline(String name) {
    // given
    Contender contender = Contenders.create(name, WORKLOAD);

    // when
    int compared = EqualOutcomes.check(contender, new SwitchBaseline(WORKLOAD), WORKLOAD);

    // then
    assertThat(compared).isEqualTo(Workload.CALLS);
  }

  @Test
  void the_workload_reaches_every_kind_of_ending_and_rejects_premature_attempts() {
    // given
    SwitchBaseline baseline = new SwitchBaseline(WORKLOAD);

    // when
    List<CallOutcome> outcomes = new ArrayList<>();
    for (int c = 0; c < WORKLOAD.callCount(); c++) {
      outcomes.add(baseline.outcome(baseline.run(c, WORKLOAD.length())));
    }

    // then: the check compares calls that differ in stage and in rejections
    assertThat(outcomes).extracting(CallOutcome::stage)
        .contains(CallStage.NEXT_STEPS, CallStage.NO_FIT);
    assertThat(outcomes).filteredOn(o -> o.rejections() == 0).isNotEmpty();
    assertThat(outcomes).filteredOn(o -> o.rejections() == 1).isNotEmpty();
    assertThat(outcomes).filteredOn(o -> o.rejections() > 3).isNotEmpty();
  }

  @Test
  void an_implementation_that_ends_a_call_differently_is_refused() {
    // given: the baseline, except that it never counts a rejection
    SwitchBaseline rules = new SwitchBaseline(WORKLOAD);
    Contender lenient = new Contender("lenient") {
      @Override
      public Object start() {
        return rules.start();
      }

      @Override
      public Object step(Object call, int callIndex, int eventIndex) {
        return rules.step(call, callIndex, eventIndex);
      }

      @Override
      public CallOutcome outcome(Object call) {
        return new CallOutcome(rules.outcome(call).stage(), 0);
      }
    };

    // when / then
    assertThatIllegalStateException()
        .isThrownBy(() -> EqualOutcomes.check(lenient, new SwitchBaseline(WORKLOAD), WORKLOAD))
        .withMessageContaining("lenient ends call")
        .withMessageContaining("but the baseline ends it as CallOutcome[stage=");
  }

  @Test
  void the_full_consultative_playbook_follows_other_rules_and_is_not_compared() {
    // given
    Contender consultative = Contenders.create("stagecraft-consultative", WORKLOAD);

    // when
    int compared = EqualOutcomes.check(consultative, new SwitchBaseline(WORKLOAD), WORKLOAD);

    // then
    assertThat(compared).isZero();
  }

  @Test
  void checked_refuses_an_unknown_name_with_the_known_ones() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Contenders.checked("xstate", WORKLOAD))
        .withMessageContaining("no implementation called 'xstate'")
        .withMessageContaining("stateless4j");
  }
}
