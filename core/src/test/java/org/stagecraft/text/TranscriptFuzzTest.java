package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stagecraft.Playbooks;

/**
 * Random and mutated input must give a transcript or one of the documented errors, never
 * anything else. Seeds are fixed; a failure names its seed and round.
 */
class TranscriptFuzzTest {
  private static final List<String> SAMPLES = List.of(
      "[00:00:01] Rep: Hi there.\nMore words.\n[00:00:05] Client: Hello: yes.\n",
      "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<v Rep>Hi</v>\n\n"
          + "00:00:03.000 --> 00:00:04.000\nClient: ok\n",
      "1\n00:00:01,000 --> 00:00:02,000\n[Rep] hi\n\n2\n00:00:02,000 --> 00:00:03,000\nClient: yo\n",
      "speaker,start,end,text\nRep,0,1.5,\"hi, there\"\nClient,00:00:02,00:00:03,\"a \"\"b\"\"\nc\"\n");

  private final TranscriptReader reader = TranscriptReader.defaults().maxBytes(4096);

  @Test
  void random_bytes_give_a_transcript_or_a_clear_error() {
    long seed = 7_001;
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 5_000; round++) {
      byte[] input = new byte[random.nextInt(300)];
      for (int i = 0; i < input.length; i++) {
        input[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256)
            : " \n:,<>[]0123456789.-RepClint\"vWEBT".charAt(random.nextInt(33)));
      }
      check(seed, round, input, TranscriptFormat.values()[random.nextInt(4)], random.nextBoolean());
    }
  }

  @Test
  void mutated_transcripts_give_a_transcript_or_a_clear_error() {
    long seed = 7_002;
    SplittableRandom random = new SplittableRandom(seed);
    int parsed = 0;
    for (int round = 0; round < 8_000; round++) {
      int which = random.nextInt(SAMPLES.size());
      byte[] input = SAMPLES.get(which).getBytes(StandardCharsets.UTF_8);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && input.length > 0; e++) {
        int at = random.nextInt(input.length);
        switch (random.nextInt(3)) {
          case 0 -> input[at] = (byte) random.nextInt(256);
          case 1 -> input = remove(input, at);
          default -> input = insert(input, at, (byte) "\n:,\"<>-0 ".charAt(random.nextInt(9)));
        }
      }
      if (check(seed, round, input, TranscriptFormat.values()[which], random.nextBoolean())) {
        parsed++;
      }
    }
    assertThat(parsed).as("some mutations still parse").isPositive();
  }

  /** Reads the input; true if it gave a transcript. */
  private boolean check(long seed, int round, byte[] input, TranscriptFormat format,
      boolean sniff) {
    try {
      TranscriptReader r = sniff ? reader : reader.format(format);
      Transcript t = r.read("fuzz", new ByteArrayInputStream(input));
      assertThat(t.turns()).isNotEmpty();
      Playbooks.consultative().newConversation().advanceAll(t.utterances());
      return true;
    } catch (TranscriptParseException | SpeakerRoleException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz:");
      return false;
    } catch (Exception | AssertionError e) {
      throw new AssertionError("seed " + seed + ", round " + round + ", format " + format
          + (sniff ? " (sniffed)" : "") + ": " + Arrays.toString(input), e);
    }
  }

  private static byte[] remove(byte[] input, int at) {
    byte[] out = new byte[input.length - 1];
    System.arraycopy(input, 0, out, 0, at);
    System.arraycopy(input, at + 1, out, at, input.length - at - 1);
    return out;
  }

  private static byte[] insert(byte[] input, int at, byte b) {
    byte[] out = new byte[input.length + 1];
    System.arraycopy(input, 0, out, 0, at);
    out[at] = b;
    System.arraycopy(input, at, out, at + 1, input.length - at);
    return out;
  }
}
