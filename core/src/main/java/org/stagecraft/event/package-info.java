/**
 * The events a conversation is made of: utterances, observed signals, stage requests and
 * out-of-call touches. All are immutable records that validate their fields on construction.
 */
@NullMarked
package org.stagecraft.event;

import org.jspecify.annotations.NullMarked;
