package org.stagecraft.cli;

import org.stagecraft.Playbook;
import org.stagecraft.Stage;

/** One colour per stage of a playbook, by its position, shared by the timeline and the diagram. */
final class StageColors {
  // Our own palette: distinct hues that stay readable behind black text.
  private static final String[] PALETTE = {
    "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#fb9a99", "#8dd3c7", "#ffffb3", "#bebada",
    "#d9d9d9", "#ccebc5"
  };

  private StageColors() {}

  static String of(Playbook playbook, Stage stage) {
    int index = playbook.stages().indexOf(stage);
    return PALETTE[Math.max(0, index) % PALETTE.length];
  }
}
