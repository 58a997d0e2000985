package org.stagecraft.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.stagecraft.testkit.StagecraftAssertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.Violation.Rule;
import org.stagecraft.testkit.ConversationAssert;
import org.stagecraft.testkit.transcripts.RecordedCall;
import org.stagecraft.testkit.transcripts.TranscriptFolder;

/**
 * The sample calls in {@code examples/transcripts/}, one test per file, the way a team checks a
 * folder of recorded calls or of an AI agent's transcripts.
 */
class RecordedCallsTest {
  private static final Path CALLS = Path.of("transcripts");

  @TestFactory
  Stream<DynamicTest> every_recorded_call_in_every_format() {
    return TranscriptFolder.of(CALLS, Playbooks.consultative())
        .check(call -> expectations(call, assertThat(call)));
  }

  /** What each call should show, whatever its format. */
  private static void expectations(RecordedCall call, ConversationAssert conversation) {
    String name = call.name().substring(0, call.name().lastIndexOf('.'));
    switch (name) {
      case "discovery-first" -> conversation.hasNoViolations().isInStage(Stage.NEXT_STEPS)
          .passedThrough(Stage.DISCOVERY, Stage.DIAGNOSIS, Stage.PRESCRIPTION, Stage.CLOSE);
      case "pitch-first" -> {
        // the pitch in the seller's second and third turns, then the ask for the sale
        conversation.isInStage(Stage.PROSPECT_STOPPED).hasViolationCount(3);
        for (int pitch = 0; pitch < 2; pitch++) {
          assertThat(call.conversation().violations().get(pitch))
              .hasRule(Rule.STAGE_SKIPPED).hasAttempted(Stage.PRESCRIPTION)
              .wasMadeBy(Signal.PRESCRIPTION, SpeakerRole.SELLER);
        }
        assertThat(call.conversation().violations().get(2))
            .hasRule(Rule.EXIT_CRITERIA_NOT_MET).hasAttempted(Stage.CLOSE)
            .wasMadeBy(Signal.ASKED_FOR_SALE, SpeakerRole.SELLER);
      }
      case "prospect-stops" -> conversation.isInStage(Stage.PROSPECT_STOPPED)
          .passedThrough(Stage.DISCOVERY, Stage.CLOSE);
      case "no-fit" -> conversation.isInStage(Stage.REFER_OUT).hasSeen(Signal.NO_FIT);
      default -> throw new AssertionError("no expectations for " + call.name());
    }
  }

  @Test
  void a_rule_every_call_must_keep_fails_each_breaking_file_by_name() {
    Map<String, Throwable> failures = new TreeMap<>();
    TranscriptFolder.of(CALLS, Playbooks.consultative())
        .check(call -> assertThat(call).hasNoViolations())
        .forEach(test -> {
          Throwable failure = catchThrowable(() -> test.getExecutable().execute());
          if (failure != null) {
            failures.put(test.getDisplayName(), failure);
          }
        });

    assertThat(failures.keySet()).allMatch(name -> !name.startsWith("discovery-first"))
        .hasSize(12);
    assertThat(failures.get("pitch-first.srt")).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[transcript pitch-first.srt] Expecting conversation to have no "
            + "violations, but it has 3:\n  - event 3: STAGE_SKIPPED: prescription attempted "
            + "(prescription by the seller) from rapport, skipping the way RAPPORT -> DISCOVERY "
            + "-> PRESCRIPTION: missing pain (prospect), goal (prospect), open question (seller): "
            + "0 of 3, confirmed (prospect)\n  - event 8: STAGE_SKIPPED: prescription attempted "
            + "(prescription by the seller) from rapport, skipping the way RAPPORT -> DISCOVERY "
            + "-> PRESCRIPTION: missing pain (prospect), goal (prospect), open question (seller): "
            + "0 of 3, confirmed (prospect)\n  - event 34: EXIT_CRITERIA_NOT_MET: close attempted "
            + "(asked for sale by the seller) before discovery was complete: missing goal "
            + "(prospect), open question (seller): 1 of 3, confirmed (prospect)"
            + "\nstage history: [RAPPORT@0, DISCOVERY@14, PROSPECT_STOPPED@36]");
  }
}
