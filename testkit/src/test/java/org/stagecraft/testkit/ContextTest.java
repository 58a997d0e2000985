package org.stagecraft.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stagecraft.Playbooks;

class ContextTest {
  @Test
  void a_fresh_conversation_has_its_start_no_violations_and_its_exit_criteria() {
    assertThat(Context.of(Playbooks.consultative().newConversation()))
        .isEqualTo("\nstage history: [RAPPORT@0]\nviolations: none\nstill missing to leave "
            + "RAPPORT: nothing");
  }

  @Test
  void an_ended_conversation_needs_nothing_more() {
    assertThat(Context.of(Calls.discoveryFirst())).doesNotContain("still missing");
  }
}
