package org.stagecraft.benchmarks.contenders;

import org.stagecraft.ConversationBuilder;
import org.stagecraft.Playbook;
import org.stagecraft.benchmarks.workload.CallOutcome;
import org.stagecraft.benchmarks.workload.Workload;
import org.stagecraft.event.ObservedSignal;

/**
 * Stagecraft's single-owner path: {@code playbook.newConversation().toBuilder()} per call, then
 * {@link ConversationBuilder#advance} per event in place, under the same {@link WorkloadPlaybook}
 * rules as {@code stagecraft}; the immutable conversation is built only to read the outcome. This
 * is how a batch scorer or a stream task that owns its conversation folds events.
 */
final class StagecraftBuilderContender extends Contender {
  private final Playbook playbook = WorkloadPlaybook.get();
  private final ObservedSignal[][] calls;

  StagecraftBuilderContender(Workload workload) {
    super("stagecraft-builder");
    this.calls = workload.events();
  }

  @Override
  public Object start() {
    return playbook.newConversation().toBuilder();
  }

  @Override
  public Object step(Object call, int callIndex, int eventIndex) {
    return ((ConversationBuilder) call).advance(calls[callIndex][eventIndex]);
  }

  @Override
  public CallOutcome outcome(Object call) {
    return StagecraftContender.outcomeOf(((ConversationBuilder) call).build());
  }
}
