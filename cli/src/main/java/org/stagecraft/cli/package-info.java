/**
 * The {@code stagecraft} command: scores transcript files with a playbook and writes text, JSON
 * and HTML reports. Not an API: the command line and the JSON shape in {@code docs/cli.md} are
 * the contract.
 */
@NullMarked
package org.stagecraft.cli;

import org.jspecify.annotations.NullMarked;
