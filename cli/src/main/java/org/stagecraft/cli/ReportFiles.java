package org.stagecraft.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Names report files in an output directory after their transcripts ({@code call.vtt} gives
 * {@code call.vtt.html}), numbering a name already taken so two transcripts from different
 * folders never overwrite each other's report. Not thread-safe: used by the writing thread only.
 */
final class ReportFiles {
  private final Set<String> taken = new HashSet<>();
  private final String extension;

  ReportFiles(String extension) {
    this.extension = extension;
    taken.add("index." + extension);
  }

  String nameFor(Path transcript) {
    String base = transcript.getFileName().toString();
    String name = base + "." + extension;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n + "." + extension;
    }
    return name;
  }
}
