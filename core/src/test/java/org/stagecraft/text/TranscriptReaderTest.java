package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stagecraft.SpeakerRole;

class TranscriptReaderTest {
  private final TranscriptReader reader = TranscriptReader.defaults();

  // plain text

  @Test
  void reads_plain_text_with_timestamps_and_continuation_lines() {
    Transcript t = reader.read("call.txt", """
        [00:00:01] Sales Rep: Thanks for joining.
        How has your week been?
        [00:00:09] Customer: Busy, honestly.

        00:00:15 Sales Rep: What made you look at this now?
        """);

    assertThat(t.turns()).extracting(Turn::speaker, Turn::role, Turn::text, Turn::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sales Rep", SpeakerRole.SELLER,
                "Thanks for joining. How has your week been?", 1),
            org.assertj.core.groups.Tuple.tuple("Customer", SpeakerRole.PROSPECT,
                "Busy, honestly.", 3),
            org.assertj.core.groups.Tuple.tuple("Sales Rep", SpeakerRole.SELLER,
                "What made you look at this now?", 5));
    assertThat(t.turns().get(0).start()).isEqualTo(Duration.ofSeconds(1));
    assertThat(t.turns().get(0).end()).isEqualTo(Duration.ofSeconds(9));
    assertThat(t.turns().get(2).end()).isNull();
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void plain_text_without_times_and_with_colons_in_the_text() {
    Transcript t = reader.seller("Dana").prospect("Lee").read("call.txt", """
        Dana: The link is https://example.com and the time is 10:30.
        Lee: ok
        """);

    assertThat(t.turns()).hasSize(2);
    assertThat(t.turns().get(0).text()).endsWith("the time is 10:30.");
    assertThat(t.turns().get(0).start()).isNull();
    assertThat(t.speakers()).containsEntry("Dana", SpeakerRole.SELLER)
        .containsEntry("Lee", SpeakerRole.PROSPECT);
  }

  @Test
  void a_first_line_without_a_speaker_is_an_error_with_its_place() {
    TranscriptParseException e = failure("notes.txt", "\n  just some text\nRep: hi\n");

    assertThat(e.getMessage()).startsWith("notes.txt:2:3: expected 'Name: text'");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3); // counted on the line as written, indent included
    assertThat(e.byteOffset()).isEqualTo(-1);
  }

  @Test
  void a_timestamp_without_a_speaker_opens_nothing() {
    assertThat(failure("a.txt", "[00:00:02] hello\n").getMessage())
        .isEqualTo("a.txt:1:12: expected a speaker after the timestamp, as 'Name: text'");
    assertThat(reader.read("b.txt", "Lee (Client): How about\n10:30 tomorrow?\n").turns())
        .extracting(Turn::text).containsExactly("How about 10:30 tomorrow?");
  }

  @Test
  void plain_text_with_commas_is_not_mistaken_for_csv() {
    assertThat(reader.read("stdin", "Speaker Rep: Hi, thanks for joining.\nClient: Hi.\n")
        .turns()).hasSize(2);
    assertThat(reader.read("stdin", "Speaker,Text\nRep,hi\n").turns()).extracting(Turn::text)
        .containsExactly("hi");
  }

  @Test
  void timestamps_that_go_backwards_are_a_warning_and_keep_their_order() {
    Transcript t = reader.read("a.txt", "[00:01:00] Rep: one\n[00:00:30] Client: two\n");

    assertThat(t.turns()).extracting(Turn::text).containsExactly("one", "two");
    assertThat(t.warnings()).containsExactly("line 2: the turn starts at PT30S, before the turn "
        + "on line 1 (PT1M); the order of the source is kept");
    assertThat(t.turns().get(0).end()).isEqualTo(Duration.ofMinutes(1));
  }

  // WebVTT

  @Test
  void reads_webvtt_voice_tags_and_name_prefixes_merging_a_speakers_cues() {
    Transcript t = reader.read("call.vtt", """
        WEBVTT

        NOTE exported by a video tool

        1
        00:00:01.000 --> 00:00:04.000
        <v Agent Kim>Hi, thanks for <i>joining</i>.</v>

        2
        00:00:04.500 --> 00:00:06.000
        <v Agent Kim>How are things?</v>

        00:00:06.000 --> 00:00:09.250 align:start
        Lead Sam: Good, busy
        quarter.
        """);

    assertThat(t.turns()).extracting(Turn::speaker, Turn::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Agent Kim", "Hi, thanks for joining. How are things?"),
        org.assertj.core.groups.Tuple.tuple("Lead Sam", "Good, busy quarter."));
    assertThat(t.turns().get(0).start()).isEqualTo(Duration.ofSeconds(1));
    assertThat(t.turns().get(0).end()).isEqualTo(Duration.ofSeconds(6));
    assertThat(t.turns().get(1).end()).isEqualTo(Duration.ofMillis(9250));
    assertThat(t.turns().get(1).line()).isEqualTo(14);
  }

  @Test
  void webvtt_timing_blanks_stray_markup_and_an_unclosed_tag() {
    Transcript t = reader.read("call.vtt", "WEBVTT\n\n"
        + " 00:01.5\t-->  00:00:02.250 line:0 \n"
        + "<v Rep>  a > b <c.loud>now</c>  <i\n\n"
        + "00:03.000 --> 00:04.000\n"
        + "[Client]  fine\u2003\n");

    assertThat(t.turns()).extracting(Turn::speaker, Turn::text, Turn::start, Turn::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Rep", "a > b now", Duration.ofMillis(1500),
                Duration.ofMillis(2250)),
            org.assertj.core.groups.Tuple.tuple("Client", "fine", Duration.ofSeconds(3),
                Duration.ofSeconds(4)));
  }

  @Test
  void webvtt_header_lines_two_voices_in_a_cue_and_backwards_cues() {
    Transcript t = reader.read("call.vtt", """
        WEBVTT
        Kind: captions
        Language: en

        00:00:10.000 --> 00:00:12.000
        <v Rep>hi</v> <v Client>hello there</v>

        00:00:05.000 --> 00:00:06.000
        <v Client>again</v>
        """);

    assertThat(t.turns()).extracting(Turn::speaker, Turn::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Rep", "hi"),
        org.assertj.core.groups.Tuple.tuple("Client", "hello there again"));
    assertThat(t.warnings()).containsExactly("line 9: the cue starts at PT5S, before the cue "
        + "before it (PT10S); the order of the source is kept");
    assertThat(failure("e.vtt", "").getMessage()).isEqualTo(
        "e.vtt:1:1: empty input: expected the header 'WEBVTT' on the first line");
    assertThat(failure("f.vtt", "WEBVTTX\n").getMessage()).startsWith(
        "f.vtt:1:1: expected the header 'WEBVTT'");
  }

  @Test
  void webvtt_errors_name_their_line() {
    assertThat(failure("a.vtt", "WEBVTT\n\n1\nnot a timing\nRep: hi\n").getMessage())
        .startsWith("a.vtt:4:1: expected a cue timing line");
    assertThat(catchThrowableOfType(TranscriptParseException.class,
        () -> reader.format(TranscriptFormat.WEBVTT).read("b", "Rep: hi")))
        .hasMessage("b:1:1: expected the header 'WEBVTT' on the first line");
  }

  // SRT

  @Test
  void reads_srt_with_bracketed_and_prefixed_speakers() {
    Transcript t = reader.prospect("Jo").seller("Max").read("call.srt", """
        1
        00:00:01,000 --> 00:00:03,500
        [Max] Thanks for calling.

        2
        00:00:03,600 --> 00:00:05,000
        Jo: Sure.

        3
        00:00:05,000 --> 00:00:06,000
        Happy to.
        """);

    assertThat(t.turns()).extracting(Turn::speaker, Turn::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Max", "Thanks for calling."),
            org.assertj.core.groups.Tuple.tuple("Jo", "Sure. Happy to."));
    assertThat(t.turns().get(1).end()).isEqualTo(Duration.ofSeconds(6));
  }

  @Test
  void srt_errors() {
    assertThat(failure("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nhello\n").getMessage())
        .startsWith("a.srt:3:1: expected the cue to name its speaker");
    assertThat(failure("b.srt", "x\n").getMessage()).startsWith("b.srt:1:1: expected a cue number");
    assertThat(failure("c.srt", "1\n00:00:05,000 --> 00:00:02,000\nRep: a\n").getMessage())
        .startsWith("c.srt:2:1: the cue ends (PT2S) before it starts (PT5S)");
  }

  // CSV

  @Test
  void reads_csv_with_quotes_newlines_and_times_as_seconds_or_clock() {
    Transcript t = reader.read("call.csv", """
        Speaker,Start,End,Text
        Seller,0,2.5,"Hi, I'm Dana."
        Buyer,00:00:02.5,00:00:07,"Hello. ""Quoted"" words,
        across lines."
        """);

    assertThat(t.turns()).extracting(Turn::role, Turn::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SpeakerRole.SELLER, "Hi, I'm Dana."),
        org.assertj.core.groups.Tuple.tuple(SpeakerRole.PROSPECT,
            "Hello. \"Quoted\" words, across lines."));
    assertThat(t.turns().get(1).start()).isEqualTo(Duration.ofMillis(2500));
    assertThat(t.turns().get(1).end()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void csv_quoted_fields_at_their_edges() {
    // empty quoted fields, text after a closing quote, a doubled quote that ends a line, and a
    // quoted field that is only a line break: the cases the field loop handles apart
    Transcript t = reader.read("call.csv", "speaker,start,text\n"
        + "\"Rep\",\"\",\"ab\"cd\n"
        + "Buyer,,\"say \"\"\n\"\"\"\n"
        + "Rep,1,\"\n\"\n");

    assertThat(t.turns()).extracting(Turn::speaker, Turn::text, Turn::start).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Rep", "abcd", null),
        org.assertj.core.groups.Tuple.tuple("Buyer", "say \" \"", null),
        org.assertj.core.groups.Tuple.tuple("Rep", "", Duration.ofSeconds(1)));
    assertThat(failure("g.csv", "speaker,text\nRep,\"hi\"x\"\n").getMessage())
        .startsWith("g.csv:2:10: unexpected '\"' inside an unquoted field");
  }

  @Test
  void csv_errors() {
    assertThat(failure("a.csv", "who,what\nRep,hi\n").getMessage())
        .isEqualTo("a.csv:1:1: expected a header with a speaker and a text column; found [who, "
            + "what]");
    assertThat(failure("b.csv", "speaker,text\nRep,hi,extra\n").getMessage())
        .isEqualTo("b.csv:2:1: expected 2 fields as in the header, found 3");
    assertThat(failure("c.csv", "speaker,text,start\nRep,hi,soon\n").getMessage())
        .isEqualTo("c.csv:2:1: expected a time such as '00:01:02.5' or '62.5' in column 'start', "
            + "found 'soon'");
    assertThat(failure("d.csv", "speaker,text\nRep,\"never closed\n").getMessage())
        .startsWith("d.csv:2:1: a quoted field that starts here is never closed");
    assertThat(failure("e.csv", "speaker,text\nRep,say \"hi\"\n").getMessage())
        .startsWith("e.csv:2:9: unexpected '\"' inside an unquoted field");
    assertThat(failure("f.csv", "speaker,text\n,hi\n").getMessage())
        .isEqualTo("f.csv:2:1: expected a speaker in column 'speaker'");
  }

  @Test
  void csv_rows_of_plain_fields_trim_their_blanks_as_the_general_way_does() {
    // blanks around names, times and text, quoted or not; a blank time; a quoted field over two
    // lines and an empty quoted one, which take the general way, in between
    Transcript t = reader.read("call.csv", "speaker,start,end,text\n"
        + " Rep (Sales) , 1.5 ,\" 00:00:03 \",\"  Hi, there.  \"\n"
        + "\"Rep (Sales)\",4,  ,plain words \n"
        + "Buyer (Client),\"5\",6,\"two\nlines\"\n"
        + "Buyer (Client),7,8,\"\"\n");

    assertThat(t.turns())
        .extracting(Turn::speaker, Turn::text, Turn::start, Turn::end, Turn::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Rep (Sales)", "Hi, there.",
                Duration.ofMillis(1500), Duration.ofSeconds(3), 2),
            org.assertj.core.groups.Tuple.tuple("Rep (Sales)", "plain words",
                Duration.ofSeconds(4), null, 3),
            org.assertj.core.groups.Tuple.tuple("Buyer (Client)", "two lines",
                Duration.ofSeconds(5), Duration.ofSeconds(6), 4),
            org.assertj.core.groups.Tuple.tuple("Buyer (Client)", "",
                Duration.ofSeconds(7), Duration.ofSeconds(8), 6));
    // the same errors as rows read the general way
    assertThat(java.util.stream.Stream.of(
            failure("h.csv", "speaker,start,text\nRep, x ,hi\n"),
            failure("i.csv", "speaker,start,end,text\nRep,5,\" 4\",hi\n"),
            failure("j.csv", "speaker,text\n  ,hi\n"),
            failure("k.csv", "speaker,text\nRep,\"hi\",\n"))
        .map(Throwable::getMessage)).containsExactly(
            "h.csv:2:1: expected a time such as '00:01:02.5' or '62.5' in column 'start', found "
                + "'x'",
            "i.csv:2:1: the turn ends (PT4S) before it starts (PT5S)",
            "j.csv:2:1: expected a speaker in column 'speaker'",
            "k.csv:2:1: expected 2 fields as in the header, found 3");
  }

  // roles

  @Test
  void unknown_speakers_are_listed_with_how_to_map_them() {
    SpeakerRoleException e = catchThrowableOfType(SpeakerRoleException.class,
        () -> reader.read("call.txt", "Dana: hi\nSales Rep: hello\nLee: hey\n"));

    assertThat(e.unmapped()).containsExactly("Dana", "Lee");
    assertThat(e.speakers()).containsExactly("Dana", "Sales Rep", "Lee");
    assertThat(e.getMessage()).startsWith("call.txt: no role for 'Dana', 'Lee' (speakers found: "
        + "'Dana', 'Sales Rep', 'Lee'). Map them by name, e.g. TranscriptReader.defaults()"
        + ".seller(\"Dana\")");
  }

  @Test
  void labels_are_whole_words_and_an_ambiguous_name_needs_mapping() {
    SpeakerRoleException e = catchThrowableOfType(SpeakerRoleException.class, () -> reader.read(
        "a.txt", "Account Executive AE: hi\nLeadership: x\nSales Client: y\nBuyer 2: z\n"));

    assertThat(e.unmapped()).containsExactly("Leadership", "Sales Client");
    assertThat(reader.prospect("Leadership").seller("Sales Client").read("a.txt",
        "Account Executive AE: hi\nLeadership: x\nSales Client: y\nBuyer 2: z\n").speakers())
        .containsExactly(java.util.Map.entry("Account Executive AE", SpeakerRole.SELLER),
            java.util.Map.entry("Leadership", SpeakerRole.PROSPECT),
            java.util.Map.entry("Sales Client", SpeakerRole.SELLER),
            java.util.Map.entry("Buyer 2", SpeakerRole.PROSPECT));
  }

  @Test
  void explicit_mapping_wins_over_labels_and_ignores_case() {
    Transcript t = reader.other("sales rep").read("a.txt", "Sales Rep: hi\nClient: hey\n");

    assertThat(t.speakers()).containsEntry("Sales Rep", SpeakerRole.OTHER);
  }

  // bytes

  @Test
  void empty_input_is_an_error() {
    assertThat(failure("a.txt", "").getMessage()).isEqualTo(
        "a.txt:1:1: empty input: no turns found; expected lines of 'Name: text'");
    assertThat(failure("b.txt", "\n\n  \n").line()).isEqualTo(3);
  }

  @Test
  void binary_input_is_refused_with_the_byte_offset() {
    TranscriptParseException e = failure(bytes("Rep: hi\nRep: \u00e9\0b\n"));

    assertThat(e.getMessage()).isEqualTo(
        "in:2:7: binary input: a NUL byte; expected UTF-8 text (byte offset 15)");
    assertThat(e.byteOffset()).isEqualTo(15); // column 7 counts \u00e9 as one character, two bytes
  }

  @Test
  void malformed_utf8_is_refused_with_the_byte_offset() {
    byte[] input = "Rep: caf\u00e9 ok\nClient: x\n".getBytes(StandardCharsets.UTF_8);
    input[9] = (byte) 0xff; // the second byte of é

    TranscriptParseException e = failure(input);

    assertThat(e.getMessage()).isEqualTo(
        "in:1:9: not UTF-8: malformed byte 0x" + "c3" + "; expected UTF-8 text (byte offset 8)");
  }

  @Test
  void input_over_the_limit_is_refused_without_reading_further() {
    byte[] input = "Rep: hello there\n".repeat(100).getBytes(StandardCharsets.UTF_8);
    CountingStream counting = new CountingStream(input);

    TranscriptParseException e = catchThrowableOfType(TranscriptParseException.class,
        () -> reader.maxBytes(100).format(TranscriptFormat.PLAIN_TEXT).read("big.txt", counting));

    assertThat(e.getMessage()).startsWith("big.txt:6:16: input is larger than the limit of 100 "
        + "bytes");
    assertThat(counting.read).isLessThanOrEqualTo(101);
    assertThatIllegalArgumentException().isThrownBy(() -> reader.maxBytes(0));
    assertThat(reader.maxBytes(Long.MAX_VALUE).read("x.txt", "Rep: hi").turns()).hasSize(1);
  }

  @Test
  void a_nul_or_a_byte_past_ascii_well_into_a_long_line_is_found() {
    // lines are scanned eight bytes at a time: the NUL and the bad byte sit past the first eight
    assertThat(failure(bytes("Rep: a long line of plain words\0 and more\n")).getMessage())
        .isEqualTo("in:1:32: binary input: a NUL byte; expected UTF-8 text (byte offset 31)");
    byte[] malformed = bytes("Rep: a long line, caf\u00e9 and more words\n");
    malformed[22] = (byte) 0xff; // the second byte of \u00e9
    assertThat(failure(malformed).getMessage()).isEqualTo(
        "in:1:22: not UTF-8: malformed byte 0xc3; expected UTF-8 text (byte offset 21)");
    assertThat(reader.read("a.txt", "Rep: \u00e9t\u00e9 is a long line of words\nClient: ok\n")
        .turns()).extracting(Turn::text).containsExactly("\u00e9t\u00e9 is a long line of words",
            "ok");
  }

  @Test
  void a_byte_order_mark_and_crlf_line_ends_are_fine() {
    Transcript t = reader.read("a.txt", "\uFEFFRep: hi\r\nClient: yo\r\n");

    assertThat(t.turns()).extracting(Turn::text).containsExactly("hi", "yo");
  }

  @Test
  void files_are_read_by_extension_or_content(@TempDir Path dir) throws IOException {
    Path vtt = dir.resolve("call.transcript");
    Files.writeString(vtt, "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Rep>hi</v>\n");
    Path csv = dir.resolve("call.csv");
    Files.writeString(csv, "name,message\nRep,hi\n");

    assertThat(reader.read(vtt).source()).isEqualTo("call.transcript");
    assertThat(reader.read(vtt).turns()).hasSize(1);
    assertThat(reader.read(csv).turns()).extracting(Turn::text).containsExactly("hi");
  }

  @Test
  void to_string_holds_no_text() {
    Transcript t = reader.read("a.txt", "Rep: my card is 4242\n");

    assertThat(t.toString()).doesNotContain("4242");
    assertThat(t.turns().get(0).toString()).doesNotContain("4242");
  }

  private TranscriptParseException failure(String source, String text) {
    return catchThrowableOfType(TranscriptParseException.class, () -> reader.read(source, text));
  }

  private TranscriptParseException failure(byte[] input) {
    return catchThrowableOfType(TranscriptParseException.class,
        () -> reader.format(TranscriptFormat.PLAIN_TEXT).read("in", new ByteArrayInputStream(input)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Counts the bytes handed out, to show reading stops at the limit. */
  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      read += Math.max(n, 0);
      return n;
    }
  }
}
