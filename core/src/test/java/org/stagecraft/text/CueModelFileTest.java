package org.stagecraft.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The cue model the build writes is the one the corpora give now, and a broken one is refused. */
class CueModelFileTest {
  @Test
  void the_shipped_model_is_what_learning_from_the_corpora_gives_now() throws IOException {
    byte[] shipped;
    try (InputStream in = CueModelFile.class.getResourceAsStream(CueModelFile.RESOURCE)) {
      assertThat(in).as("%s, written by the build (./mvnw process-classes)", CueModelFile.RESOURCE)
          .isNotNull();
      shipped = in.readAllBytes();
    }
    byte[] learned = bytes(CueModel.learned(CueModel.CORPORA));

    assertThat(shipped).as("stale %s: rebuild with Maven", CueModelFile.RESOURCE)
        .isEqualTo(learned);
    // and it reads back to the same model, byte for byte
    assertThat(bytes(CueModelFile.read(new ByteArrayInputStream(shipped)))).isEqualTo(shipped);
  }

  @Test
  void a_file_that_is_not_a_cue_model_or_is_cut_short_is_refused() throws IOException {
    byte[] model = bytes(CueModel.learned(CueModel.CORPORA));
    byte[] wrongMagic = model.clone();
    wrongMagic[0] ^= 1;
    byte[] cut = Arrays.copyOf(model, model.length / 2);

    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(wrongMagic)))
        .isInstanceOf(IOException.class).hasMessageContaining("not a cue model");
    assertThatThrownBy(() -> CueModelFile.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class);
  }

  private static byte[] bytes(CueModel.Learned learned) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CueModelFile.write(learned, out);
    return out.toByteArray();
  }
}
