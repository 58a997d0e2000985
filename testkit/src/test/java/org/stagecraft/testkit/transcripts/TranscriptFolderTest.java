package org.stagecraft.testkit.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stagecraft.Playbooks;
import org.stagecraft.Signal;
import org.stagecraft.SpeakerRole;
import org.stagecraft.Stage;
import org.stagecraft.spi.Detection;
import org.stagecraft.spi.SignalClassifier;
import org.stagecraft.testkit.StagecraftAssertions;
import org.stagecraft.text.TranscriptParseException;
import org.stagecraft.text.TranscriptReader;

class TranscriptFolderTest {
  /** An open question for every seller line ending in "?", an ask for the sale for "deal?". */
  private static final SignalClassifier MARKS = (utterance, previous) -> {
    if (utterance.role() != SpeakerRole.SELLER || !utterance.text().endsWith("?")) {
      return ImmutableList.of();
    }
    Signal signal = utterance.text().endsWith("deal?") ? Signal.ASKED_FOR_SALE
        : Signal.OPEN_QUESTION;
    return ImmutableList.of(new Detection(signal, SpeakerRole.SELLER, "test", ""));
  };

  @TempDir Path folder;

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private TranscriptFolder calls() {
    return TranscriptFolder.of(folder, Playbooks.consultative()).classifier(MARKS)
        .reader(TranscriptReader.defaults().seller("Dana").prospect("Lee"));
  }

  @Test
  void one_test_per_transcript_in_name_order_named_after_the_file() throws IOException {
    write("b-call.txt", "Dana: What brings you here?\nLee: Renewals.\n");
    write("a-call.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Dana>How are things?\n");
    write("notes.md", "not a transcript");
    Files.createDirectory(folder.resolve("c-folder.txt"));

    List<DynamicTest> tests = calls().check(call -> { }).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName)
        .containsExactly("a-call.vtt", "b-call.txt");
    assertThat(tests.get(1).getTestSourceUri()).contains(folder.resolve("b-call.txt").toUri());
  }

  @Test
  void each_test_checks_its_own_call_and_a_failure_names_the_file() throws Throwable {
    write("good.txt", "Dana: What brings you here?\nLee: Renewals slip.\n");
    write("bad.txt", "Dana: What brings you here?\nDana: Shall we do the deal?\n");
    List<RecordedCall> seen = new ArrayList<>();

    List<DynamicTest> tests = calls().check(call -> {
      seen.add(call);
      StagecraftAssertions.assertThat(call).isInStage(Stage.DISCOVERY).hasNoViolations();
    }).toList();

    assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[transcript bad.txt] Expecting conversation to have no "
            + "violations, but it has 1:\n  - event 3: EXIT_CRITERIA_NOT_MET: close attempted "
            + "(asked for sale by the seller)");
    tests.get(1).getExecutable().execute();
    assertThat(seen).extracting(RecordedCall::name).containsExactly("bad.txt", "good.txt");
    assertThat(seen.get(1).transcript().turns()).hasSize(2);
    assertThat(seen.get(1).conversation().eventCount()).isEqualTo(3);
  }

  @Test
  void a_file_that_cannot_be_parsed_fails_its_own_test_only() throws Throwable {
    write("broken.txt", "no speaker on this line\n");
    write("fine.txt", "Dana: Hello?\n");

    List<DynamicTest> tests = calls().check(call -> { }).toList();

    assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
        .isInstanceOf(TranscriptParseException.class)
        .hasMessageContaining("broken.txt");
    tests.get(1).getExecutable().execute();
  }

  @Test
  void matching_narrows_the_files() throws IOException {
    write("one.txt", "Dana: Hi\n");
    write("one.srt", "1\n00:00:00,000 --> 00:00:01,000\nDana: Hi\n");

    assertThat(calls().matching("*.srt").check(call -> { }))
        .extracting(DynamicTest::getDisplayName).containsExactly("one.srt");
  }

  @Test
  void a_missing_or_empty_folder_is_an_error_not_a_silent_pass() throws IOException {
    write("readme.md", "nothing to see");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> TranscriptFolder.of(folder.resolve("nope"), Playbooks.consultative())
            .check(call -> { }))
        .withMessage("no such folder: " + folder.resolve("nope").toAbsolutePath());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calls().check(call -> { }))
        .withMessage("no transcripts matching '*.{txt,vtt,srt,csv}' in "
            + folder.toAbsolutePath());
  }

  @Test
  void a_recorded_call_prints_its_file_not_its_text() throws Throwable {
    write("private.txt", "Dana: My secret question?\n");
    List<String> printed = new ArrayList<>();

    for (DynamicTest test : calls().check(call -> printed.add(call.toString())).toList()) {
      test.getExecutable().execute();
    }

    assertThat(printed).singleElement().asString().contains("private.txt")
        .doesNotContain("secret");
  }
}
