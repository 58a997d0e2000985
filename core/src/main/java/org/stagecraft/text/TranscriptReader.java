package org.stagecraft.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stagecraft.SpeakerRole;

/**
 * Reads transcripts: picks the format (by file extension, else from the first bytes; or as set),
 * parses it in one streaming pass, and gives every speaker a role: by the names mapped here,
 * else by common labels (Seller, Sales, Rep, Agent, AE, SDR; Prospect, Customer, Client, Buyer,
 * Lead, as a word of the name), else a {@link SpeakerRoleException} that lists the speakers.
 *
 * <pre>{@code
 * Transcript call = TranscriptReader.defaults().seller("Dana").prospect("Lee").read(path);
 * }</pre>
 *
 * <p>Immutable and thread-safe; each option returns a new reader.
 */
public final class TranscriptReader {
  /** The default size limit: 64 MiB, generous for any call's text. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  private static final Set<String> SELLER_LABELS = Set.of("seller", "sales", "rep", "agent",
      "ae", "sdr");
  private static final Set<String> PROSPECT_LABELS = Set.of("prospect", "customer", "client",
      "buyer", "lead");
  private static final int SNIFF_BYTES = 4096;
  private static final TranscriptReader DEFAULTS =
      new TranscriptReader(ImmutableMap.of(), null, DEFAULT_MAX_BYTES);

  private final ImmutableMap<String, SpeakerRole> roles;
  private final @Nullable TranscriptFormat format;
  private final long maxBytes;

  private TranscriptReader(ImmutableMap<String, SpeakerRole> roles,
      @Nullable TranscriptFormat format, long maxBytes) {
    this.roles = roles;
    this.format = format;
    this.maxBytes = maxBytes;
  }

  /** A reader with no names mapped, the format detected, and the default size limit. */
  public static TranscriptReader defaults() {
    return DEFAULTS;
  }

  /** This reader, with {@code names} as the seller (names match without regard to case). */
  public TranscriptReader seller(String... names) {
    return role(SpeakerRole.SELLER, names);
  }

  /** This reader, with {@code names} as the prospect. */
  public TranscriptReader prospect(String... names) {
    return role(SpeakerRole.PROSPECT, names);
  }

  /** This reader, with {@code names} as other people on the call. */
  public TranscriptReader other(String... names) {
    return role(SpeakerRole.OTHER, names);
  }

  /** This reader, with {@code names} mapped to {@code role}; a later mapping of a name wins. */
  public TranscriptReader role(SpeakerRole role, String... names) {
    checkNotNull(role, "role");
    Map<String, SpeakerRole> next = new LinkedHashMap<>(roles);
    for (String name : names) {
      checkArgument(!checkNotNull(name, "name").isBlank(), "a speaker name must not be blank");
      next.put(name.strip().toLowerCase(Locale.ROOT), role);
    }
    return new TranscriptReader(ImmutableMap.copyOf(next), format, maxBytes);
  }

  /** This reader, always reading {@code format} instead of detecting it. */
  public TranscriptReader format(TranscriptFormat format) {
    return new TranscriptReader(roles, checkNotNull(format, "format"), maxBytes);
  }

  /**
   * This reader, refusing input larger than {@code maxBytes} (and reading nothing past it).
   *
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public TranscriptReader maxBytes(long maxBytes) {
    checkArgument(maxBytes > 0, "maxBytes must be positive: %s", maxBytes);
    return new TranscriptReader(roles, format, maxBytes);
  }

  /**
   * Reads the file at {@code path}; its file name is the source in messages.
   *
   * @throws IOException if the file cannot be read
   * @throws TranscriptParseException if the content is not a transcript in the format
   * @throws SpeakerRoleException if a speaker has no role
   */
  public Transcript read(Path path) throws IOException {
    checkNotNull(path, "path");
    Path name = path.getFileName();
    String source = name == null ? path.toString() : name.toString();
    try (InputStream in = Files.newInputStream(path)) {
      TranscriptFormat byName = format != null ? format : TranscriptFormat.byFileName(source);
      return read(source, in, byName);
    }
  }

  /**
   * Reads {@code in} to its end (or to the size limit); {@code source} names it in messages, and
   * its extension, if it has a known one, sets the format unless the reader sets one.
   *
   * @throws IOException if the stream fails
   * @throws TranscriptParseException if the content is not a transcript in the format
   * @throws SpeakerRoleException if a speaker has no role
   */
  public Transcript read(String source, InputStream in) throws IOException {
    checkNotNull(source, "source");
    return read(source, checkNotNull(in, "in"),
        format != null ? format : TranscriptFormat.byFileName(source));
  }

  /**
   * Reads a transcript held in a string.
   *
   * @throws TranscriptParseException if the content is not a transcript in the format
   * @throws SpeakerRoleException if a speaker has no role
   */
  public Transcript read(String source, String text) {
    try {
      return read(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError("a byte array cannot fail to read", e);
    }
  }

  private Transcript read(String source, InputStream raw, @Nullable TranscriptFormat chosen)
      throws IOException {
    // Bound what is taken from the source: one byte past the limit tells that it was exceeded.
    long probe = maxBytes == Long.MAX_VALUE ? maxBytes : maxBytes + 1;
    BufferedInputStream in = new BufferedInputStream(new Bounded(raw, probe), SNIFF_BYTES * 2);
    TranscriptFormat actual = chosen != null ? chosen : sniff(in);
    LineSource lines;
    List<RawTurn> turns;
    try {
      lines = new LineSource(source, in, maxBytes);
      turns = actual.parser().parse(lines);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    if (turns.isEmpty()) {
      throw new TranscriptParseException(source, Math.max(1, lines.lineNumber()), 1, -1,
          "empty input: no turns found; expected " + expected(actual));
    }
    ImmutableList<String> warnings = ImmutableList.<String>builder().addAll(lines.warnings())
        .addAll(backwards(turns)).build();
    return new Transcript(source, withRoles(source, turns), warnings);
  }

  private static TranscriptFormat sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    return TranscriptFormat.sniff(new String(head, StandardCharsets.UTF_8));
  }

  private static String expected(TranscriptFormat format) {
    return switch (format) {
      case PLAIN_TEXT -> "lines of 'Name: text'";
      case WEBVTT -> "a WEBVTT header and cues";
      case SRT -> "numbered SRT cues";
      case CSV -> "a header row and one row per turn";
    };
  }

  private ImmutableList<Turn> withRoles(String source, List<RawTurn> turns) {
    Map<String, SpeakerRole> found = new HashMap<>();
    Set<String> unmapped = new LinkedHashSet<>();
    SpeakerRole[] turnRoles = new SpeakerRole[turns.size()]; // one map look-up per turn
    for (int i = 0; i < turnRoles.length; i++) {
      String speaker = turns.get(i).speaker();
      SpeakerRole role = found.get(speaker);
      if (role == null && !unmapped.contains(speaker)) {
        role = roleOf(speaker);
        if (role == null) {
          unmapped.add(speaker);
        } else {
          found.put(speaker, role);
        }
      }
      turnRoles[i] = role;
    }
    if (!unmapped.isEmpty()) {
      Set<String> all = new LinkedHashSet<>();
      turns.forEach(t -> all.add(t.speaker()));
      throw new SpeakerRoleException(source, ImmutableList.copyOf(all),
          ImmutableList.copyOf(unmapped));
    }
    ImmutableList.Builder<Turn> withRoles = ImmutableList.builderWithExpectedSize(turns.size());
    for (int i = 0; i < turnRoles.length; i++) {
      RawTurn t = turns.get(i);
      withRoles.add(new Turn(t.speaker(), turnRoles[i], t.text(), t.start(), t.end(), t.line()));
    }
    return withRoles.build();
  }

  private @Nullable SpeakerRole roleOf(String speaker) {
    SpeakerRole mapped = roles.get(speaker.toLowerCase(Locale.ROOT));
    if (mapped != null) {
      return mapped;
    }
    boolean seller = false;
    boolean prospect = false;
    for (String word : speaker.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      seller |= SELLER_LABELS.contains(word);
      prospect |= PROSPECT_LABELS.contains(word);
    }
    return seller == prospect ? null : seller ? SpeakerRole.SELLER : SpeakerRole.PROSPECT;
  }

  /** Hands out at most {@code remaining} bytes of a stream. */
  private static final class Bounded extends java.io.FilterInputStream {
    private long remaining;

    Bounded(InputStream in, long limit) {
      super(in);
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = super.read();
      remaining -= b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, remaining));
      remaining -= Math.max(n, 0);
      return n;
    }
  }

  /** A warning for each turn that starts before the one before it; the order is kept. */
  private static ImmutableList<String> backwards(List<RawTurn> turns) {
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    RawTurn previous = null;
    for (RawTurn turn : turns) {
      if (previous != null && previous.start() != null && turn.start() != null
          && turn.start().compareTo(previous.start()) < 0) {
        warnings.add("line " + turn.line() + ": the turn starts at " + turn.start()
            + ", before the turn on line " + previous.line() + " (" + previous.start()
            + "); the order of the source is kept");
      }
      if (turn.start() != null) {
        previous = turn;
      }
    }
    return warnings.build();
  }
}
