package org.stagecraft.testkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stagecraft.Playbook;
import org.stagecraft.Playbooks;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.score.Score;
import org.stagecraft.score.Scorer;
import org.stagecraft.score.Scorers;

/** The built-in scorers pass the kit, over the consultative playbook and a small custom one. */
class BuiltInScorersCompatibilityTest {

  /** Every built-in scorer as one scorer: each must pass, and a failure names its id. */
  private static final Scorer ALL = new Scorer() {
    @Override
    public String id() {
      return "all-built-in";
    }

    @Override
    public Score score(org.stagecraft.Conversation conversation) {
      int sum = 0;
      List<Integer> evidence = new java.util.ArrayList<>();
      for (Scorer scorer : Scorers.defaults()) {
        if (scorer.appliesTo(conversation.playbook())) {
          Score score = scorer.score(conversation);
          assertThat(score.id()).isEqualTo(scorer.id());
          sum += score.value();
          evidence.addAll(score.evidence());
        }
      }
      return Score.of(id(), sum / Scorers.defaults().size(), "the sum", evidence, "");
    }
  };

  @Nested
  class OverTheConsultativePlaybook extends ScorerCompatibilityTest {
    @Override
    protected Scorer scorer() {
      return ALL;
    }
  }

  @Nested
  class OverACustomPlaybook extends ScorerCompatibilityTest {
    @Override
    protected Scorer scorer() {
      return ALL;
    }

    @Override
    protected List<Playbook> playbooks() {
      Stage open = Stage.of("OPEN");
      Stage won = Stage.of("WON");
      return List.of(Playbooks.consultative(), Playbook.builder("tiny")
          .stage(open).terminalStage(won).owns(won, SpeakerRole.PROSPECT,
              org.stagecraft.Signal.COMMITMENT)
          .transition(open, won).build());
    }

    @Override
    protected int conversations() {
      return 50;
    }
  }

  @Test
  void the_random_conversations_move_through_the_playbook() {
    java.util.Set<Stage> reached = new java.util.HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      Playbook playbook = Playbooks.consultative();
      playbook.newConversation().advanceAll(RandomConversations.events(playbook, seed, 120))
          .history().forEach(e -> reached.add(e.stage()));
    }

    assertThat(reached).containsAll(Playbooks.consultative().stages());
  }

  @Test
  void the_same_seed_gives_the_same_events() {
    assertThat(RandomConversations.events(Playbooks.consultative(), 7, 80)).isNotEmpty()
        .isEqualTo(RandomConversations.events(Playbooks.consultative(), 7, 80))
        .isNotEqualTo(RandomConversations.events(Playbooks.consultative(), 8, 80));
  }
}
