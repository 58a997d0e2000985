/**
 * Implementation details of Stagecraft core: name interning, graph searches, fingerprints, and
 * the engine's door for core's other packages ({@link org.stagecraft.internal.EngineAccess}). Not
 * exported by the module; nothing here is API and any of it may change.
 */
@NullMarked
package org.stagecraft.internal;

import org.jspecify.annotations.NullMarked;
