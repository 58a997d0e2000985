/**
 * A folder of recorded calls as JUnit 5 tests: {@link
 * org.stagecraft.testkit.transcripts.TranscriptFolder} reads each transcript, runs it through a
 * playbook and hands it to your checks as its own dynamic test.
 */
@NullMarked
package org.stagecraft.testkit.transcripts;

import org.jspecify.annotations.NullMarked;
