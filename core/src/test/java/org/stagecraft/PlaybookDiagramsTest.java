package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlaybookDiagramsTest {
  private static final Stage ASK = Stage.of("ASK");
  private static final Stage DONE = Stage.of("DONE");
  private static final Stage LEFT = Stage.of("LEFT");

  private final Playbook small = Playbook.builder("small \"demo\"").stage(ASK, Signal.OPEN_QUESTION)
      .terminalStage(DONE).owns(DONE, SpeakerRole.PROSPECT, Signal.COMMITMENT)
      .terminalStage(LEFT).exitCriteria(ASK, Criterion.atLeast(2, Signal.PAIN))
      .transition(ASK, DONE, Criterion.seen(Signal.GOAL)).interrupt(LEFT).build();

  @Test
  void mermaid_shows_start_triggers_guards_interrupts_ends_and_exit_notes() {
    assertThat(small.toMermaid()).isEqualTo("""
        stateDiagram-v2
            [*] --> ASK
            ASK --> DONE : on commitment (prospect) / also goal
            ASK --> LEFT : any time
            DONE --> [*]
            LEFT --> [*]
            note right of ASK
                exit when: 2 × pain
            end note
        """);
  }

  @Test
  void dot_marks_terminal_stages_and_dashes_interrupts() {
    assertThat(small.toDot()).isEqualTo("""
        digraph "small \\"demo\\"" {
          rankdir=LR;
          node [shape=box, style=rounded];
          __start [shape=point];
          __start -> ASK;
          ASK [label="ASK\\nexit when: 2 × pain"];
          DONE [label="DONE", peripheries=2];
          LEFT [label="LEFT", peripheries=2];
          ASK -> DONE [label="on commitment (prospect) / also goal"];
          ASK -> LEFT [label="any time", style=dashed];
        }
        """);
  }

  @Test
  void the_readme_shows_the_consultative_diagram_as_the_library_draws_it() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(readme)
        .as("README.md is out of date: paste Playbooks.consultative().toMermaid() into it "
            + "(./mvnw -q -B -pl examples -am compile exec:java -Dexec.mainClass="
            + "org.stagecraft.examples.PrintDiagram prints it)")
        .contains("```mermaid\n" + Playbooks.consultative().toMermaid() + "```\n");
  }
}
