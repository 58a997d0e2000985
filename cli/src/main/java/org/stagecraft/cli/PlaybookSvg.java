package org.stagecraft.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stagecraft.Playbook;
import org.stagecraft.Stage;
import org.stagecraft.Transition;

/**
 * The playbook drawn as SVG shapes with no script: stages in columns by their distance from the
 * start, transitions as arrows, the stages this call visited filled in. A small layered layout is
 * enough for playbooks of a few dozen stages and keeps the report self-contained.
 */
record PlaybookSvg(int width, int height, ImmutableList<Node> nodes, ImmutableList<Edge> edges) {
  private static final int NODE_WIDTH = 130;
  private static final int NODE_HEIGHT = 34;
  private static final int COLUMN = 170;
  private static final int ROW = 56;
  private static final int MARGIN = 16;

  /** A stage's box; {@code visited} when the call entered it. */
  record Node(String stage, int x, int y, int w, int h, String color, boolean visited,
      boolean terminal) {
    int textX() {
      return x + w / 2;
    }

    int textY() {
      return y + h / 2 + 5;
    }
  }

  /** An arrow; {@code path} is SVG path data, dashed for interrupts. */
  record Edge(String from, String to, String path, boolean dashed) {}

  static PlaybookSvg of(Playbook playbook, Set<Stage> visited) {
    Map<Stage, Integer> column = columns(playbook);
    Map<Integer, Integer> rowsUsed = new HashMap<>();
    Map<Stage, Node> placed = new HashMap<>();
    ImmutableList.Builder<Node> nodes = ImmutableList.builder();
    int maxColumn = 0;
    int maxRow = 0;
    for (Stage stage : playbook.stages()) {
      int c = column.get(stage);
      int r = rowsUsed.merge(c, 1, Integer::sum) - 1;
      maxColumn = Math.max(maxColumn, c);
      maxRow = Math.max(maxRow, r);
      Node node = new Node(stage.name(), MARGIN + c * COLUMN, MARGIN + r * ROW, NODE_WIDTH,
          NODE_HEIGHT, StageColors.of(playbook, stage), visited.contains(stage),
          playbook.isTerminal(stage));
      placed.put(stage, node);
      nodes.add(node);
    }
    ImmutableList.Builder<Edge> edges = ImmutableList.builder();
    for (Transition t : playbook.transitions()) {
      edges.add(edge(placed.get(t.from()), placed.get(t.to()),
          t.kind() == Transition.Kind.INTERRUPT));
    }
    return new PlaybookSvg(2 * MARGIN + maxColumn * COLUMN + NODE_WIDTH,
        2 * MARGIN + maxRow * ROW + NODE_HEIGHT + ROW / 2, nodes.build(), edges.build());
  }

  /** Breadth-first distance from the start; stages the search misses go one column past it. */
  private static Map<Stage, Integer> columns(Playbook playbook) {
    Map<Stage, Integer> column = new HashMap<>();
    ArrayDeque<Stage> queue = new ArrayDeque<>();
    column.put(playbook.startStage(), 0);
    queue.add(playbook.startStage());
    int deepest = 0;
    while (!queue.isEmpty()) {
      Stage from = queue.poll();
      for (Transition t : playbook.transitions()) {
        if (t.from().equals(from) && t.kind() != Transition.Kind.INTERRUPT
            && !column.containsKey(t.to())) {
          int c = column.get(from) + 1;
          deepest = Math.max(deepest, c);
          column.put(t.to(), c);
          queue.add(t.to());
        }
      }
    }
    for (Stage stage : playbook.stages()) {
      column.putIfAbsent(stage, deepest + 1);
    }
    return column;
  }

  private static Edge edge(Node from, Node to, boolean dashed) {
    String path;
    if (to.x() > from.x()) {
      path = String.format(Locale.ROOT, "M %d %d L %d %d", from.x() + from.w(),
          from.y() + from.h() / 2, to.x(), to.y() + to.h() / 2);
    } else {
      // Same or earlier column: bow below both boxes so the arrow does not cross them.
      int below = Math.max(from.y(), to.y()) + NODE_HEIGHT + ROW / 3;
      path = String.format(Locale.ROOT, "M %d %d Q %d %d %d %d", from.textX(),
          from.y() + from.h(), (from.textX() + to.textX()) / 2, below, to.textX(),
          to.y() + to.h());
    }
    return new Edge(from.stage(), to.stage(), path, dashed);
  }
}
