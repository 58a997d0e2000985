package org.stagecraft.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;

/**
 * The cue model as the build writes it, so that {@link CueModel#load} reads it in milliseconds
 * instead of learning it at start-up (about a second). The build runs {@link #main} after
 * compiling (core/pom.xml, phase process-classes), writing {@value #RESOURCE} beside this class;
 * a test checks that the file is what learning from the corpora gives now.
 *
 * <p>The format: a magic number and a version, the signals by name, the base of each role, then
 * for each signal its cues, sorted, each with its weight as a float (as {@link CueIndex} keeps
 * it), so that the same corpora give the same file byte for byte.
 */
final class CueModelFile {
  static final String RESOURCE = "cues.bin";
  private static final int MAGIC = 0x53434d31; // "SCM1"
  private static final int VERSION = 1;

  private CueModelFile() {}

  /** Writes the model learned from the development corpora to the file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CueModelFile <file to write>");
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(CueModel.learned(CueModel.CORPORA), out);
    }
  }

  static void write(CueModel.Learned learned, OutputStream to) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(to));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    List<Signal> order = learned.order();
    out.writeInt(order.size());
    for (Signal signal : order) {
      out.writeUTF(signal.name());
    }
    for (float[] base : learned.base()) {
      for (float b : base) {
        out.writeFloat(b);
      }
    }
    for (Map<String, Double> byCue : learned.byCue()) {
      out.writeInt(byCue.size());
      for (Map.Entry<String, Double> cue : new TreeMap<>(byCue).entrySet()) {
        out.writeUTF(cue.getKey());
        out.writeFloat(cue.getValue().floatValue());
      }
    }
    out.flush();
  }

  static CueModel.Learned read(InputStream from) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(from));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a cue model of version " + VERSION);
    }
    int signals = in.readInt();
    List<Signal> order = new ArrayList<>();
    for (int k = 0; k < signals; k++) {
      order.add(Signal.of(in.readUTF()));
    }
    float[][] base = new float[2][signals];
    for (float[] role : base) {
      for (int k = 0; k < signals; k++) {
        role[k] = in.readFloat();
      }
    }
    List<Map<String, Double>> byCue = new ArrayList<>();
    for (int k = 0; k < signals; k++) {
      int cues = in.readInt();
      Map<String, Double> weights = new HashMap<>(2 * cues);
      for (int c = 0; c < cues; c++) {
        weights.put(in.readUTF(), (double) in.readFloat());
      }
      byCue.add(weights);
    }
    return new CueModel.Learned(order, byCue, base);
  }

  /**
   * The model the build wrote beside this class, or null if it wrote none (a class path that an
   * IDE compiled, not Maven). A file that cannot be read is a broken build, not a reason to learn
   * quietly: it throws.
   */
  static CueModel.@Nullable Learned readShipped() {
    try (InputStream in = CueModelFile.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cue model " + RESOURCE
          + " that the build wrote; rebuild the project", e);
    }
  }
}
