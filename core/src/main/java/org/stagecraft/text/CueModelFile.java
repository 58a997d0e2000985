package org.stagecraft.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.stagecraft.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cue model as the build writes it ({@link ShippedFiles}, {@value #RESOURCE} beside this
 * class), so that {@link CueModel#load} reads it (about a tenth of a second in a fresh JVM)
 * instead of learning it at start-up (about a second more); a test checks that the file is what
 * learning from the corpora gives now.
 *
 * <p>The format: a magic number and a version, the signals by name, the base of each role, then
 * for each signal its cues, sorted, each with its weight as a float (as {@link CueIndex} keeps
 * it), so that the same corpora give the same file byte for byte.
 */
final class CueModelFile {
  static final String RESOURCE = "cues.bin";
  private static final int MAGIC = 0x53434d31; // "SCM1"
  private static final int VERSION = 2; // 2: cues of sentence openings
  /** More cues for one signal than any corpus could give: the count is corrupt. */
  private static final int MAX_CUES = 10_000_000;

  private CueModelFile() {}

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

  /**
   * Reads a model written by {@link #write}; anything else, a model for other signals or in
   * another order, or a file cut short or with bytes after its end, is an IOException.
   */
  static CueModel.Learned read(InputStream from) throws IOException {
    try {
      DataInputStream in = new DataInputStream(new BufferedInputStream(from));
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException("not a cue model of version " + VERSION);
      }
      List<Signal> expected = CueModel.signalOrder();
      int signals = in.readInt();
      List<Signal> order = new ArrayList<>();
      for (int k = 0; k < signals && k <= expected.size(); k++) {
        order.add(Signal.of(in.readUTF()));
      }
      if (!order.equals(expected)) {
        throw new IOException("a cue model for " + order + ", not for " + expected);
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
        if (cues < 0 || cues > MAX_CUES) {
          throw new IOException("signal " + order.get(k) + " has " + cues + " cues");
        }
        Map<String, Double> weights = new HashMap<>(2 * cues);
        for (int c = 0; c < cues; c++) {
          weights.put(in.readUTF(), (double) in.readFloat());
        }
        byCue.add(weights);
      }
      if (in.read() != -1) {
        throw new IOException("bytes after the end of the cue model");
      }
      return new CueModel.Learned(order, byCue, base);
    } catch (RuntimeException e) { // a malformed string, say: still a bad file, not a bug here
      throw new IOException("not a readable cue model: " + e, e);
    }
  }

  /**
   * The model the build wrote beside this class, or null if it wrote none (a class path that an
   * IDE compiled, not Maven) or wrote one this build cannot read, which is logged: the caller then
   * learns the model, which takes about a second longer, rather than fail every classifier.
   */
  static CueModel.@Nullable Learned readShipped() {
    try (InputStream in = CueModelFile.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      // the logger only here: the build runs main() with no SLF4J provider, which would warn
      Logger log = LoggerFactory.getLogger(CueModelFile.class);
      log.warn("Cannot read the cue model {} that the build wrote ({}); learning it from the "
          + "corpora instead. Rebuild the project to ship a readable one.", RESOURCE, e.toString());
      return null;
    }
  }
}
