/**
 * Transcripts in: a {@link org.stagecraft.text.Transcript} of speaker turns, read from plain text,
 * WebVTT, SRT or CSV by {@link org.stagecraft.text.TranscriptReader}, with speakers mapped to
 * roles and bad input reported with its source, line and column.
 */
@NullMarked
package org.stagecraft.text;

import org.jspecify.annotations.NullMarked;
