/**
 * Implementation details of Stagecraft core that need nothing from the API's package: name
 * interning, graph searches and fingerprints. Not exported by the module; nothing here is API and
 * any of it may change.
 */
@NullMarked
package org.stagecraft.internal;

import org.jspecify.annotations.NullMarked;
