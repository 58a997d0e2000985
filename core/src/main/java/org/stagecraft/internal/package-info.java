/**
 * Implementation details of Stagecraft core: name interning, graph checks, diagram rendering and
 * byte encoding. Not exported by the module; nothing here is API and any of it may change.
 */
@NullMarked
package org.stagecraft.internal;

import org.jspecify.annotations.NullMarked;
