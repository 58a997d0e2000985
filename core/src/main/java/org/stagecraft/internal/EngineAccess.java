package org.stagecraft.internal;

import static com.google.common.base.Preconditions.checkState;

import org.jspecify.annotations.Nullable;
import org.stagecraft.ConversationBuilder;
import org.stagecraft.event.Utterance;

/**
 * A way in, for core's other packages, to what the engine's package keeps to itself (the pattern
 * of the JDK's {@code SharedSecrets}): the transcript path has counted each utterance's words
 * while reading its text, and hands the count over so that the fold does not read every text a
 * second time. The engine's package registers its side when {@link ConversationBuilder} is
 * initialised, which is done by the time a caller holds a builder.
 *
 * <p>Not API: this package is not exported from the module. On the class path nothing stops a
 * caller from registering first, which would leave {@link ConversationBuilder} unable to
 * initialise; nothing outside core should touch this class. Thread-safe: registered once, read
 * many times.
 */
public final class EngineAccess {
  /** What the engine's package offers. */
  public interface Door {
    /**
     * Applies {@code utterance} to {@code builder} as {@link ConversationBuilder#advance} does,
     * with {@code words}, which must equal {@link Utterance#wordCount()}, taken as its count.
     */
    void advance(ConversationBuilder builder, Utterance utterance, int words);
  }

  private static volatile @Nullable Door door;

  private EngineAccess() {}

  /**
   * Registers the engine's side; only the engine's package calls this, once.
   *
   * @throws IllegalStateException if a side is registered already
   */
  public static void register(Door engine) {
    synchronized (EngineAccess.class) {
      checkState(door == null, "the engine's side is registered already");
      door = engine;
    }
  }

  /**
   * The engine's side.
   *
   * @throws IllegalStateException if {@link ConversationBuilder} is not initialised yet, which
   *     cannot happen to a caller that holds a builder
   */
  public static Door door() {
    Door registered = door;
    checkState(registered != null, "ConversationBuilder is not initialised yet");
    return registered;
  }
}
