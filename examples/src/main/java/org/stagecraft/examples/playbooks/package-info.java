/**
 * Well-known sales methods written as playbooks, each tested with the testkit in this module's
 * tests: an eight-stage AI sales agent flow, MEDDPICC qualification with graded criteria, SPIN's
 * question order and a Sandler-style gated sequence.
 */
@NullMarked
package org.stagecraft.examples.playbooks;

import org.jspecify.annotations.NullMarked;
