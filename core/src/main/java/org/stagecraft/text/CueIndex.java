package org.stagecraft.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue model's weights laid out for scoring: each cue (a stem, a pair of adjacent stems, or a
 * stem opening a sentence, {@link #opening(String)}) is a vector of weights toward the signals,
 * numbered from 0 and stored flat as a row of floats, one per signal, zeros included: a common
 * word carries small weights for many signals, and adding a whole row is one short loop over
 * adjacent floats, where a sparse list of (signal, weight) pairs costs an indexed add per entry
 * (as fast as the sparse layout of the sparser naive Bayes model, docs/classifier.md, seventh
 * round). A stem's vector is found by its {@link Vocabulary} id in an array (an opening's in a
 * second), a pair's by both ids in one open-addressing table, so that scoring a word costs array
 * probes, no String hash, and touches little memory. Cues of stems the vocabulary does not know
 * (none, for the corpora we ship) are kept by their text.
 *
 * <p>Immutable and thread-safe once built.
 */
final class CueIndex {
  private static final int NONE = -1;

  /** For each known stem, by id: its vector, or {@link #NONE}. */
  private final int[] byStem;
  /** For each known stem, by id: the vector of the stem as a sentence's opening, or NONE. */
  private final int[] byOpening;
  /**
   * Pairs of known stems in open addressing, each slot two longs side by side: the pair's {@link
   * #pairKey} (or {@link #NONE}) and its vector, so that a probe touches one cache line.
   */
  private final long[] pairs;
  /** The number of slots of {@link #pairs}, less one: a power of two, less one. */
  private final int pairMask;
  /**
   * One bit per {@link #PAIR_BITS} of a pair key's hash, set for every pair with a vector: most
   * adjacent words are no cue, and this small table, which stays in the cache, says so without a
   * probe of the large one.
   */
  private final long[] pairFilter = new long[PAIR_BITS / Long.SIZE];
  private static final int PAIR_BITS = 1 << 17;
  /** The cues with a stem the vocabulary does not know, by their text ("stem" or "stem stem"). */
  private final Map<String, Integer> unknown = new HashMap<>();
  /**
   * Vector {@code v}'s weight toward signal {@code k} is at {@code v * width + k - from}: only the
   * signals {@code [from, from + width)} are kept, those of one role.
   */
  private final float[] rows;
  private final int from;
  private final int width;

  /**
   * Lays out {@code byCue}, signals {@code from} to {@code to} (exclusive): for each signal, in
   * order, the weight of each cue written as a stem or as two stems and a space. A cue with no
   * weight among those signals is left out.
   */
  CueIndex(List<Map<String, Double>> byCue, int from, int to) {
    this.from = from;
    this.width = to - from;
    Map<String, double[]> vectors = new LinkedHashMap<>();
    for (int k = from; k < to; k++) {
      for (Map.Entry<String, Double> cue : byCue.get(k).entrySet()) {
        vectors.computeIfAbsent(cue.getKey(), c -> new double[width])[k - from] = cue.getValue();
      }
    }
    byStem = new int[Vocabulary.stems().size()];
    Arrays.fill(byStem, NONE);
    byOpening = byStem.clone();
    int pairCount = (int) vectors.keySet().stream().filter(c -> c.indexOf(' ') >= 0).count();
    // at most two thirds full: more slots would spread the probes over more cache lines
    int pairSlots = Integer.highestOneBit(Math.max(1, pairCount + pairCount / 2)) * 2;
    pairs = new long[2 * pairSlots];
    Arrays.fill(pairs, NONE);
    pairMask = pairSlots - 1;
    rows = new float[vectors.size() * width];
    int v = 0;
    for (Map.Entry<String, double[]> cue : inScanOrder(vectors)) {
      double[] dense = cue.getValue();
      for (int k = 0; k < width; k++) {
        rows[v * width + k] = (float) dense[k];
      }
      place(cue.getKey(), v++);
    }
  }

  /**
   * The cues numbered stems first, by stem id, then pairs by their first stem's id and their
   * second's, then the cues of unknown stems: the vocabulary numbers the word classes' and the
   * rules' words first, then the corpora's as they come, so the common words' vectors, met in
   * nearly every sentence, sit together in a few cache lines instead of spread over the table.
   * Only the numbering changes: a sentence's cues are still summed in the order they are met.
   */
  private static List<Map.Entry<String, double[]>> inScanOrder(Map<String, double[]> vectors) {
    List<Ranked> ranked = new ArrayList<>(vectors.size());
    for (Map.Entry<String, double[]> cue : vectors.entrySet()) {
      ranked.add(new Ranked(scanRank(cue.getKey()), cue)); // once per cue, not per comparison
    }
    ranked.sort(Comparator.comparingLong(Ranked::rank));
    return ranked.stream().map(Ranked::cue).toList();
  }

  private record Ranked(long rank, Map.Entry<String, double[]> cue) {}

  /**
   * Where {@link #inScanOrder} puts {@code cue}: a stem, an opening, a pair, then an unknown cue.
   */
  private static long scanRank(String cue) {
    int[] ids = stemIds(cue);
    if (ids[0] < 0 || ids[1] < 0) {
      return Long.MAX_VALUE; // a stable sort keeps these in their order
    }
    if (isOpening(cue)) {
      return (1L << 61) + ids[0];
    }
    return cue.indexOf(' ') < 0 ? ids[0] : (1L << 62) + pairKey(ids[0], ids[1]);
  }

  /** How a stem that opens a sentence is written as a cue: a caret, which no word holds. */
  static String opening(String stem) {
    return OPENING + stem;
  }

  private static final char OPENING = '^';

  private static boolean isOpening(String cue) {
    return cue.charAt(0) == OPENING;
  }

  /** The ids of {@code cue}'s stem, or of its two: -1 for a stem not known, 0 for no second. */
  private static int[] stemIds(String cue) {
    int space = cue.indexOf(' ');
    int start = isOpening(cue) ? 1 : 0;
    int first = Vocabulary.stemId(space < 0 ? cue.substring(start) : cue.substring(0, space));
    int second = space < 0 ? 0 : Vocabulary.stemId(cue.substring(space + 1));
    return new int[] {first, second};
  }

  private void place(String cue, int vector) {
    int[] ids = stemIds(cue);
    int first = ids[0];
    int second = ids[1];
    if (first < 0 || second < 0) {
      unknown.put(cue, vector);
    } else if (isOpening(cue)) {
      byOpening[first] = vector;
    } else if (cue.indexOf(' ') < 0) {
      byStem[first] = vector;
    } else {
      long key = pairKey(first, second);
      int slot = slot(key);
      while (pairs[2 * slot] != NONE) {
        slot = (slot + 1) & pairMask;
      }
      pairs[2 * slot] = key;
      pairs[2 * slot + 1] = vector;
      int bit = filterBit(key);
      pairFilter[bit >>> 6] |= 1L << bit;
    }
  }

  private static long pairKey(int first, int second) {
    return ((long) first << 32) | second;
  }

  private static int filterBit(long key) {
    long mixed = key * 0xC2B2AE3D27D4EB4FL;
    return (int) (mixed >>> 47); // the top 17 bits
  }

  private int slot(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & pairMask;
  }

  /** The number of vectors: their ids run from 0 to this, exclusive. */
  int size() {
    return width == 0 ? 0 : rows.length / width;
  }

  /** The vector of the stem {@code stem}, of id {@code id} (-1 if unknown), or -1. */
  int word(String stem, int id) {
    if (id >= 0) {
      return byStem[id];
    }
    return unknown.isEmpty() ? NONE : unknown.getOrDefault(stem, NONE);
  }

  /** The vector of the stem {@code stem} opening a sentence, of id given as for {@link #word}. */
  int opening(String stem, int id) {
    if (id >= 0) {
      return byOpening[id];
    }
    return unknown.isEmpty() ? NONE : unknown.getOrDefault(opening(stem), NONE);
  }

  /** The vector of the pair of stems {@code first second}, of ids given as for {@link #word}. */
  int pair(String first, int firstId, String second, int secondId) {
    if (firstId < 0 || secondId < 0) {
      return unknown.isEmpty() ? NONE : unknown.getOrDefault(first + " " + second, NONE);
    }
    long key = pairKey(firstId, secondId);
    int bit = filterBit(key);
    if ((pairFilter[bit >>> 6] & (1L << bit)) == 0) {
      return NONE;
    }
    long[] pairs = this.pairs;
    for (int slot = slot(key); pairs[2 * slot] != NONE; slot = (slot + 1) & pairMask) {
      if (pairs[2 * slot] == key) {
        return (int) pairs[2 * slot + 1];
      }
    }
    return NONE;
  }

  /** Adds vector {@code v}'s weights to {@code totals}, indexed by signal. */
  void addTo(int v, float[] totals) {
    int at = v * width - from;
    for (int k = from; k < from + width; k++) {
      totals[k] += rows[at + k];
    }
  }

  /** Vector {@code v}'s weight toward signal {@code k}. */
  float weight(int v, int k) {
    return k < from || k >= from + width ? 0 : rows[v * width + k - from];
  }
}
