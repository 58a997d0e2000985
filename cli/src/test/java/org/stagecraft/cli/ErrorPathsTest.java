package org.stagecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way the command can be given something it cannot use: exit code and a one-line reason. */
class ErrorPathsTest {
  @Test
  void a_missing_file_is_exit_1_with_its_name_and_no_stack_trace() {
    Cli run = Cli.run("score", "no/such/call.txt");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("stagecraft: no/such/call.txt: no such file\n");
  }

  @Test
  void signals_on_a_missing_file_names_it() {
    Cli run = Cli.run("signals", "no/such/call.txt");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("stagecraft: no/such/call.txt: no such file\n");
  }

  @Test
  void a_file_that_cannot_be_read_is_exit_1(@TempDir Path dir) {
    // A directory where a file is expected: unreadable as a transcript, even for root.
    Cli run = Cli.run("signals", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("stagecraft: ").contains(dir.toString())
        .doesNotContain("\tat ");
  }

  @Test
  void a_file_without_read_permission_is_exit_1(@TempDir Path dir) throws Exception {
    Path call = Files.copy(Path.of(Cli.sample("no-fit.txt")), dir.resolve("locked.txt"));
    Files.setPosixFilePermissions(call, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(call), "running as root: permissions do not stop reading");

    Cli run = Cli.run("score", call.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("stagecraft: " + call + ": permission denied\n");
  }

  @Test
  void content_in_the_wrong_format_names_file_line_and_column(@TempDir Path dir)
      throws Exception {
    Path call = dir.resolve("call.txt");
    Files.writeString(call, "just words with no speaker at all\n");

    Cli run = Cli.run("score", call.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("stagecraft: " + call + ": call.txt:1:1: ");
  }

  @Test
  void an_unknown_input_format_is_a_usage_error() {
    Cli run = Cli.run("score", "--input-format", "docx", Cli.sample("no-fit.txt"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("stagecraft: Invalid value for option '--input-format': "
        + "unknown input format 'docx' (expected one of txt, vtt, srt, csv)\nUsage: ");
  }

  @Test
  void an_unknown_report_format_is_a_usage_error() {
    Cli run = Cli.run("score", "--format", "pdf", Cli.sample("no-fit.txt"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("stagecraft: Invalid value for option '--format'")
        .contains("Usage: stagecraft score");
  }

  @Test
  void an_unknown_speaker_says_how_to_map_it_and_the_mapping_fixes_it(@TempDir Path dir)
      throws Exception {
    Path call = dir.resolve("call.txt");
    Files.writeString(call, "Alice: What made you look at this now?\nBob: Renewals slip.\n");

    Cli unmapped = Cli.run("score", call.toString());
    Cli mapped = Cli.run("score", "--seller", "Alice", "--prospect", "bob", call.toString());

    assertThat(unmapped.exitCode()).isEqualTo(1);
    assertThat(unmapped.err()).startsWith("stagecraft: " + call + ": call.txt: no role for "
        + "'Alice', 'Bob' (speakers found: 'Alice', 'Bob')").contains("--seller/--prospect");
    assertThat(mapped.exitCode()).isZero();
    assertThat(mapped.out()).contains("Alice = seller, Bob = prospect");
  }

  @Test
  void an_unknown_playbook_lists_the_built_in_ones() {
    Cli run = Cli.run("score", "--playbook", "spin", Cli.sample("no-fit.txt"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("stagecraft: Invalid value for option '--playbook': "
        + "unknown playbook 'spin' (built in: consultative)\nUsage: stagecraft score");
  }

  @Test
  void html_without_an_output_folder_is_a_usage_error() {
    Cli run = Cli.run("score", "--format", "html", Cli.sample("no-fit.txt"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith(
        "stagecraft: --format html writes one file per transcript: add --out DIR\nUsage: ");
  }

  @Test
  void a_folder_with_no_transcripts_is_a_usage_error(@TempDir Path dir) {
    Cli run = Cli.run("score", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("stagecraft: no transcript files (.txt, .vtt, .srt, .csv) in");
  }

  @Test
  void a_blank_speaker_name_is_a_usage_error() {
    Cli run = Cli.run("score", "--seller", " ", Cli.sample("no-fit.txt"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("stagecraft: a speaker name must not be blank\nUsage: ");
  }

  @Test
  void no_arguments_or_an_unknown_command_print_the_usage_with_exit_2() {
    assertThat(Cli.run().exitCode()).isEqualTo(2);
    assertThat(Cli.run().err()).startsWith("Usage: stagecraft");

    Cli unknown = Cli.run("grade", "x");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("stagecraft: Unmatched arguments from index 0: 'grade', "
        + "'x'");
  }

  @Test
  void verbose_adds_the_stack_trace() {
    Cli run = Cli.run("score", "--verbose", "no/such/call.txt");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("stagecraft: no/such/call.txt: no such file\n")
        .contains("java.nio.file.NoSuchFileException").contains("\tat ");
  }

  @Test
  void an_output_folder_that_is_a_file_is_a_usage_error_before_anything_is_scored(
      @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("reports"), "");

    Cli run = Cli.run("score", "--out", file.toString(), Cli.sample("no-fit.txt"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("stagecraft: --out " + file
        + " exists and is not a directory\nUsage: ");
  }

  @Test
  void json_for_a_single_file_that_failed_prints_no_json(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");

    Cli run = Cli.run("score", "--format", "json", empty.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("stagecraft: " + empty + ": ");
  }
}
