/**
 * Stagecraft's API: a {@link org.stagecraft.Playbook} defines the stages of a sale and the order
 * they must come in; a {@link org.stagecraft.Conversation} applies events to it and reports, as
 * data, every attempt to break that order. {@link org.stagecraft.Playbooks#consultative()} is the
 * discovery-first default.
 */
@NullMarked
package org.stagecraft;

import org.jspecify.annotations.NullMarked;
