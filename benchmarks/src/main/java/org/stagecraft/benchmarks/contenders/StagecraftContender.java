package org.stagecraft.benchmarks.contenders;

import org.jspecify.annotations.Nullable;
import org.stagecraft.Conversation;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.Violation;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.CallStage;
import org.stagecraft.benchmarks.workload.Workload;
import org.stagecraft.event.ObservedSignal;

/**
 * Stagecraft through its public API: {@link Playbook#newConversation()}, then {@link
 * Conversation#advance} per event, each step returning the next immutable conversation. With
 * {@link WorkloadPlaybook} it follows the workload's rules and takes part in the equal-outcome
 * check; with {@link Playbooks#consultative()} it does the same reading under the full default
 * playbook (roles, the prospect's stop, refer-out), whose outcomes differ by design.
 */
final class StagecraftContender extends Contender {
  private final Playbook playbook;
  private final boolean workloadRules;
  private final ObservedSignal[][] calls;

  private StagecraftContender(String name, Playbook playbook, boolean workloadRules,
      Workload workload) {
    super(name);
    this.playbook = playbook;
    this.workloadRules = workloadRules;
    this.calls = workload.events();
  }

  static StagecraftContender workloadRules(Workload workload) {
    return new StagecraftContender("stagecraft", WorkloadPlaybook.get(), true, workload);
  }

  static StagecraftContender consultative(Workload workload) {
    return new StagecraftContender("stagecraft-consultative", Playbooks.consultative(), false,
        workload);
  }

  @Override
  public Object start() {
    return playbook.newConversation();
  }

  @Override
  public Object step(Object call, int callIndex, int eventIndex) {
    return ((Conversation) call).advance(calls[callIndex][eventIndex]);
  }

  /** The stage, and the rejections with {@code EXIT_CRITERIA_NOT_MET}: see WorkloadPlaybook. */
  @Override
  public @Nullable CallOutcome outcome(Object call) {
    if (!workloadRules) {
      return null;
    }
    return outcomeOf((Conversation) call);
  }

  /** The workload's outcome of a conversation under {@link WorkloadPlaybook}. */
  static CallOutcome outcomeOf(Conversation c) {
    int rejections = (int) c.violations().stream()
        .filter(v -> v.rule() == Violation.Rule.EXIT_CRITERIA_NOT_MET)
        .count();
    return new CallOutcome(CallStage.valueOf(c.stage().name()), rejections);
  }
}
