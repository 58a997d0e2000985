package org.stagecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.stagecraft.event.ObservedSignal.prospect;
import static org.stagecraft.event.ObservedSignal.seller;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.stagecraft.event.StageRequest;
import org.stagecraft.event.Touch;
import org.stagecraft.event.Utterance;

class SnapshotTest {
  private final Playbook playbook = Playbooks.consultative();

  private Conversation richCall() {
    return playbook.newConversation().advanceAll(List.of(
        new Utterance(SpeakerRole.SELLER, "What made you look now?", Duration.ofSeconds(2),
            Duration.ofSeconds(5)),
        seller(Signal.OPEN_QUESTION),
        new Utterance(SpeakerRole.PROSPECT, "Renewals are slipping", Duration.ofSeconds(5),
            Duration.ofSeconds(90)),
        prospect(Signal.PAIN),
        seller(Signal.ASKED_FOR_SALE),
        StageRequest.to(Stage.CLOSE),
        new Touch(Touch.Channel.EMAIL, Touch.Direction.SELLER_TO_PROSPECT, false),
        Utterance.of(SpeakerRole.OTHER, "joining late, sorry")));
  }

  @Test
  void restores_an_equal_conversation_with_its_history_violations_and_talk() {
    Conversation original = richCall();

    byte[] bytes = Snapshot.encode(original);
    Conversation restored = Snapshot.decode(playbook, bytes);

    assertThat(restored).isEqualTo(original);
    assertThat(restored.violations()).isEqualTo(original.violations()).hasSize(2);
    assertThat(restored.history()).isEqualTo(original.history());
    assertThat(restored.talk(SpeakerRole.PROSPECT)).isEqualTo(original.talk(SpeakerRole.PROSPECT));
    assertThat(Snapshot.encode(restored)).isEqualTo(bytes);
  }

  @Test
  void a_restored_conversation_continues_like_the_original() {
    Conversation original = richCall();
    Conversation restored = Snapshot.decode(playbook, Snapshot.encode(original));

    assertThat(restored.advance(prospect(Signal.GOAL))).isEqualTo(original.advance(prospect(Signal.GOAL)));
  }

  @Test
  void is_compact_and_holds_no_text() {
    Conversation call = Calls.play(List.of(Utterance.prospect("Jane Roe, card ending 4242"),
        new org.stagecraft.event.ObservedSignal(Signal.PAIN, SpeakerRole.PROSPECT, "Jane Roe")));

    byte[] bytes = Snapshot.encode(call);

    assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Jane").doesNotContain("4242");
    // magic, version, fingerprint, count, two 2-byte entries, final stage, checksum
    assertThat(bytes).hasSize(4 + 1 + 8 + 1 + 2 * 2 + 1 + 4);
    assertThat(Snapshot.encode(playbook.newConversation())).hasSize(19);
  }

  @Test
  void refuses_bytes_that_are_too_short_to_be_a_snapshot() {
    assertThat(failure(new byte[0])).hasMessage(
        "not a Stagecraft snapshot: 0 bytes is shorter than the smallest snapshot (at byte 0)");
    assertThat(failure(new byte[10]).offset()).isZero();
  }

  @Test
  void refuses_foreign_bytes() {
    byte[] bytes = Snapshot.encode(richCall());
    bytes[1] = 'X';

    assertThat(failure(bytes)).hasMessage(
        "not a Stagecraft snapshot: expected the magic bytes SCSN (at byte 1)");
  }

  @Test
  void refuses_a_newer_format() {
    byte[] bytes = Snapshot.encode(richCall());
    bytes[4] = 2;

    assertThat(failure(bytes)).hasMessage(
        "snapshot format version 2 is not supported; this library reads version 1 (at byte 4)");
  }

  @Test
  void refuses_corrupted_bytes() {
    byte[] bytes = Snapshot.encode(richCall());
    bytes[15] ^= 0x10;

    assertThat(failure(bytes).getMessage())
        .startsWith("corrupted snapshot: the CRC-32C checksum does not match");
  }

  @Test
  void refuses_a_snapshot_of_another_playbook() {
    Playbook other = Playbook.builder("other").stage(Stage.of("ONLY"))
        .terminalStage(Stage.of("DONE")).transition(Stage.of("ONLY"), Stage.of("DONE")).build();

    SnapshotException e = catchThrowableOfType(SnapshotException.class,
        () -> Snapshot.decode(other, Snapshot.encode(richCall())));

    assertThat(e.getMessage()).startsWith("snapshot was taken with a different playbook")
        .contains("playbook 'other' has fingerprint");
    assertThat(e.offset()).isEqualTo(5);
  }

  @Test
  void refuses_truncated_content_even_with_a_valid_checksum() {
    byte[] bytes = Snapshot.encode(richCall());
    byte[] cut = resealed(Arrays.copyOf(bytes, bytes.length - 4 - 3));

    assertThat(failure(cut).getMessage()).startsWith("truncated snapshot: it ends while reading");
  }

  @Test
  void refuses_trailing_bytes() {
    byte[] bytes = Snapshot.encode(richCall());
    byte[] body = Arrays.copyOf(bytes, bytes.length - 4 + 1);

    assertThat(failure(resealed(body)).getMessage())
        .startsWith("1 unexpected bytes after the snapshot's content");
  }

  @Test
  void refuses_an_entry_the_playbook_cannot_have() {
    byte[] body = snapshotBody(1, 0x7f << 6 | Entries.SIGNAL); // signal id 127

    assertThat(failure(resealed(body)).getMessage())
        .startsWith("event 0 is not a valid entry for playbook 'consultative'");
  }

  @Test
  void refuses_a_record_that_does_not_replay() {
    int falselyRejected = Entries.of(Entries.SIGNAL, SpeakerRole.SELLER.ordinal(), 0)
        | Entries.REJECTED; // an open question, which the playbook accepts

    assertThat(failure(resealed(snapshotBody(1, falselyRejected))).getMessage())
        .startsWith("snapshot does not replay: event 0 was recorded as rejected but playbook "
            + "'consultative' accepts it");
  }

  @Test
  void refuses_a_final_stage_that_the_events_do_not_reach() {
    byte[] body = snapshotBody(0);
    body[body.length - 1] = 4; // CLOSE, though no event moved anywhere

    assertThat(failure(resealed(body)).getMessage())
        .startsWith("snapshot does not replay: it records final stage id 4 but the events lead "
            + "to RAPPORT");
  }

  @Test
  void refuses_times_no_utterance_can_have() {
    int timed = Entries.of(Entries.UTTERANCE, SpeakerRole.SELLER.ordinal(), 1) | Entries.TIMED;
    byte[] body = snapshotBody(1, timed);
    // replace the final stage byte with a start of 5 ms and a length of -1 (5 bytes), then stage 0
    byte[] negative = Arrays.copyOf(body, body.length + 6);
    negative[body.length - 1] = 5;
    byte[] minusOne = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};
    System.arraycopy(minusOne, 0, negative, body.length, 5);
    negative[body.length + 5] = 0;

    assertThat(failure(resealed(negative)).getMessage())
        .startsWith("event 0 has times outside 0 to 2147483647 ms");
  }

  @Test
  void refuses_a_negative_event_count() {
    byte[] header = Arrays.copyOf(Snapshot.encode(playbook.newConversation()), 13);
    byte[] body = Arrays.copyOf(header, 19);
    byte[] minusOne = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 0};
    System.arraycopy(minusOne, 0, body, 13, 6);

    assertThat(failure(resealed(body)).getMessage())
        .startsWith("event count 4294967295 is outside 0 to 16777215");
  }

  @Test
  void refuses_numbers_written_longer_than_needed() {
    byte[] body = snapshotBody(0);
    byte[] padded = Arrays.copyOf(body, body.length + 1);
    padded[13] = (byte) 0x80; // the count 0 written as two bytes
    padded[14] = 0;
    padded[15] = 0;

    assertThat(failure(resealed(padded)).getMessage())
        .startsWith("malformed number while reading the event count");
  }

  @Test
  void refuses_a_touch_whose_actor_contradicts_its_direction() {
    int payload = Touch.Channel.EMAIL.ordinal()
        | Touch.Direction.PROSPECT_TO_SELLER.ordinal() << 3;
    int wrong = Entries.of(Entries.TOUCH, SpeakerRole.SELLER.ordinal(), payload);

    assertThat(failure(resealed(snapshotBody(1, wrong))).getMessage())
        .startsWith("event 0 is not a valid entry for playbook 'consultative'");
  }

  @Test
  void refuses_malformed_numbers() {
    byte[] header = Arrays.copyOf(Snapshot.encode(playbook.newConversation()), 13);
    byte[] body = Arrays.copyOf(header, 19);
    Arrays.fill(body, 13, 19, (byte) 0xff);

    assertThat(failure(resealed(body)).getMessage()).startsWith("malformed number while reading "
        + "the event count");
  }

  @Test
  void mutated_snapshots_restore_correctly_or_fail_with_a_snapshot_exception() {
    byte[] valid = Snapshot.encode(richCall());
    long seed = 20261127L;
    SplittableRandom random = new SplittableRandom(seed);
    int restored = 0;
    for (int round = 0; round < 5_000; round++) {
      byte[] mutated = valid.clone();
      int flips = 1 + random.nextInt(3);
      for (int f = 0; f < flips; f++) {
        mutated[13 + random.nextInt(mutated.length - 17)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean()) {
        mutated = Arrays.copyOf(mutated, 13 + random.nextInt(mutated.length - 12));
      }
      byte[] candidate = random.nextInt(4) == 0 ? mutated : resealed(Arrays.copyOf(mutated,
          mutated.length - 4));
      try {
        Conversation c = Snapshot.decode(playbook, candidate);
        assertThat(Snapshot.decode(playbook, Snapshot.encode(c))).isEqualTo(c);
        restored++;
      } catch (SnapshotException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", round " + round + ": "
            + Arrays.toString(candidate), e);
      }
    }
    assertThat(restored).as("some mutations still form a valid record").isPositive();
  }

  @Test
  void rejects_null_arguments() {
    assertThatNullPointerException().isThrownBy(() -> Snapshot.encode(null));
    assertThatNullPointerException().isThrownBy(() -> Snapshot.decode(null, new byte[0]));
    assertThatNullPointerException().isThrownBy(() -> Snapshot.decode(playbook, null));
  }

  private SnapshotException failure(byte[] bytes) {
    return catchThrowableOfType(SnapshotException.class, () -> Snapshot.decode(playbook, bytes));
  }

  /** A snapshot body (no checksum) of the given entries, each under 128, ending in RAPPORT. */
  private byte[] snapshotBody(int count, int... entries) {
    byte[] header = Arrays.copyOf(Snapshot.encode(playbook.newConversation()), 13);
    ByteBuffer body = ByteBuffer.allocate(64).put(header).put((byte) count);
    for (int entry : entries) {
      int v = entry;
      while ((v & ~0x7f) != 0) {
        body.put((byte) ((v & 0x7f) | 0x80));
        v >>>= 7;
      }
      body.put((byte) v);
    }
    body.put((byte) 0);
    return Arrays.copyOf(body.array(), body.position());
  }

  private static byte[] resealed(byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue()).array();
  }
}
