package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stagecraft.Signal;

/** The cue model the build writes is the one the corpora give now, and a broken one is refused. */
class CueModelFileTest {
  /** Learned once for every test: learning takes about a second. */
  private static final CueModel.Learned LEARNED = CueModel.learned(CueModel.CORPORA);

  @Test
  void the_shipped_model_is_what_learning_from_the_corpora_gives_now() throws IOException {
    byte[] shipped;
    try (InputStream in = CueModelFile.class.getResourceAsStream(CueModelFile.RESOURCE)) {
      assertThat(in).as("%s, written by the build (./mvnw process-classes)", CueModelFile.RESOURCE)
          .isNotNull();
      shipped = in.readAllBytes();
    }
    byte[] learned = bytes(LEARNED);

    assertThat(shipped).as("stale %s: rebuild with Maven", CueModelFile.RESOURCE)
        .isEqualTo(learned);
    // and it reads back to the same model, byte for byte
    assertThat(bytes(CueModelFile.read(new ByteArrayInputStream(shipped)))).isEqualTo(shipped);
  }

  @Test
  void a_file_that_is_not_a_cue_model_or_is_cut_short_is_refused() throws IOException {
    byte[] model = bytes(LEARNED);
    byte[] wrongMagic = model.clone();
    wrongMagic[0] ^= 1;
    byte[] negativeCount = model.clone();
    negativeCount[8] = (byte) 0xff; // the number of signals, bytes 8 to 11
    byte[] firstVersion = model.clone();
    firstVersion[7] = 1; // version 1, bytes 4 to 7: a model without the cues of openings
    byte[] cut = Arrays.copyOf(model, model.length / 2);
    byte[] trailing = Arrays.copyOf(model, model.length + 4);

    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(wrongMagic)))
        .isInstanceOf(IOException.class).hasMessageContaining("not a cue model");
    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(firstVersion)))
        .isInstanceOf(IOException.class).hasMessageContaining("not a cue model of version 2");
    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(negativeCount)))
        .isInstanceOf(IOException.class).hasMessageContaining("a cue model for []");
    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(trailing)))
        .isInstanceOf(IOException.class).hasMessageContaining("bytes after the end");
  }

  @Test
  void a_model_for_other_signals_is_refused() throws IOException {
    List<Signal> reversed = new ArrayList<>(LEARNED.order());
    Collections.reverse(reversed);
    byte[] other = bytes(new CueModel.Learned(reversed, LEARNED.byCue(), LEARNED.base()));

    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(other)))
        .isInstanceOf(IOException.class).hasMessageContaining("a cue model for");
  }

  private static byte[] bytes(CueModel.Learned learned) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CueModelFile.write(learned, out);
    return out.toByteArray();
  }
}
