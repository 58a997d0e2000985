package org.stagecraft.text;

import com.google.common.collect.ImmutableList;
import org.stagecraft.StagecraftException;

/**
 * Thrown when a transcript has speakers whose role cannot be told: not mapped by name and not
 * named by a common label. Lists every speaker found and says how to map them.
 */
public final class SpeakerRoleException extends StagecraftException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final ImmutableList<String> speakers;
  private final ImmutableList<String> unmapped;

  SpeakerRoleException(String source, ImmutableList<String> speakers,
      ImmutableList<String> unmapped) {
    super(source + ": no role for " + quoted(unmapped) + " (speakers found: " + quoted(speakers)
        + "). Map them by name, e.g. TranscriptReader.defaults().seller(\"" + unmapped.get(0)
        + "\") or .prospect(...), or on the command line with --seller/--prospect. Names that "
        + "contain Seller, Sales, Rep, Agent, AE or SDR count as the seller; Prospect, Customer, "
        + "Client, Buyer or Lead as the prospect.");
    this.source = source;
    this.speakers = speakers;
    this.unmapped = unmapped;
  }

  private static String quoted(ImmutableList<String> names) {
    return "'" + String.join("', '", names) + "'";
  }

  /** The input's name. */
  public String source() {
    return source;
  }

  /** Every speaker found, in order of first appearance. */
  public ImmutableList<String> speakers() {
    return speakers;
  }

  /** The speakers without a role. */
  public ImmutableList<String> unmapped() {
    return unmapped;
  }
}
