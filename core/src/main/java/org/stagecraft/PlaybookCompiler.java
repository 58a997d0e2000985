package org.stagecraft;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.stagecraft.internal.StageGraph;

/**
 * Verifies a {@link PlaybookBuilder}'s definition and compiles it into the tables the engine reads.
 * Checks run in layers (names, then graph, then ordering rules), and a layer runs only when the
 * one before found nothing, so every reported problem is a real one rather than an echo.
 */
final class PlaybookCompiler {
  private final PlaybookBuilder def;
  private final List<String> problems;
  private @Nullable Playbook playbook;

  PlaybookCompiler(PlaybookBuilder def) {
    this.def = def;
    this.problems = new ArrayList<>(def.problems);
    compile();
  }

  ImmutableList<String> problems() {
    return ImmutableList.copyOf(problems);
  }

  Playbook playbook() {
    if (playbook == null) {
      throw new IllegalStateException("playbook has problems: " + problems);
    }
    return playbook;
  }

  private void compile() {
    ImmutableList<Stage> stages = ImmutableList.copyOf(def.stages.keySet());
    if (stages.isEmpty()) {
      problems.add("the playbook declares no stages: add at least a start and a terminal stage");
      return;
    }
    if (stages.size() > StageGraph.MAX_STAGES) {
      problems.add("the playbook declares " + stages.size() + " stages; at most "
          + StageGraph.MAX_STAGES + " are supported");
      return;
    }
    Map<Stage, Integer> stageId = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      stageId.put(stages.get(i), i);
    }
    Stage start = def.start != null ? def.start : stages.get(0);
    NameTable<Signal> signals = signalTable();

    checkNames(stageId, start, signals);
    if (!problems.isEmpty()) {
      return;
    }
    List<Transition> transitions = transitions(stages);
    checkTransitions(transitions);
    if (!problems.isEmpty()) {
      return;
    }
    int n = stages.size();
    long[] successors = new long[n];
    long[] completing = new long[n];
    long[] ordinary = new long[n];
    for (Transition t : transitions) {
      int from = stageId.get(t.from());
      long bit = 1L << stageId.get(t.to());
      successors[from] |= bit;
      if (t.completesFrom()) {
        completing[from] |= bit;
      }
      if (t.kind() != Transition.Kind.INTERRUPT) {
        ordinary[from] |= bit;
      }
    }
    long terminalMask = 0;
    for (int i = 0; i < n; i++) {
      if (def.stages.get(stages.get(i)).terminal()) {
        terminalMask |= 1L << i;
      }
    }
    checkGraph(stages, stageId.get(start), successors, terminalMask);
    checkOrderingRules(stages, stageId, stageId.get(start), successors, completing);
    checkGuardsCanHold(transitions, stageId, ordinary);
    if (!problems.isEmpty()) {
      return;
    }

    CounterLayout counters = CounterLayout.of(allCounts(transitions), signals);
    if (counters.bitsUsed() > CounterLayout.BITS) {
      problems.add("the guards count too much to pack: they need " + counters.bitsUsed()
          + " bits of counters and " + CounterLayout.BITS + " are available; lower the counts "
          + "asked for, or count from anyone instead of per role");
      return;
    }
    playbook = new Playbook(new Playbook.Definition(
        def.name, def.description, stages, stageId.get(start), terminalMask, signals,
        ownerTable(stageId, signals), ImmutableList.copyOf(transitions), successors, ordinary,
        exitCriteria(), ImmutableList.copyOf(def.orderingRules), counters,
        ImmutableMap.copyOf(def.scoreWeights)));
  }

  private NameTable<Signal> signalTable() {
    Set<Signal> all = new LinkedHashSet<>(Signal.wellKnown());
    all.addAll(def.customSignals);
    if (all.size() > Playbook.MAX_SIGNALS) {
      problems.add("the playbook knows " + all.size() + " signals (" + Signal.wellKnown().size()
          + " well-known and " + (all.size() - Signal.wellKnown().size()) + " of its own); at most "
          + Playbook.MAX_SIGNALS + " are supported");
      return new NameTable<>(ImmutableList.copyOf(all).subList(0, Playbook.MAX_SIGNALS));
    }
    return new NameTable<>(ImmutableList.copyOf(all));
  }

  private void checkNames(Map<Stage, Integer> stageId, Stage start, NameTable<Signal> signals) {
    String declared = " (declared stages: " + def.stages.keySet() + ")";
    if (!stageId.containsKey(start)) {
      problems.add("start stage " + start + " is not declared" + declared);
    } else if (def.stages.get(start).terminal()) {
      problems.add("start stage " + start + " is terminal: the conversation would end at once");
    }
    Map<String, Stage> owners = new HashMap<>();
    for (PlaybookBuilder.Ownership o : def.ownerships) {
      if (!stageId.containsKey(o.stage())) {
        problems.add("signal " + o.signal() + " is owned by undeclared stage " + o.stage() + declared);
      }
      requireKnown(o.signal(), signals, "owned by " + o.stage());
      for (String key : ownershipKeys(o)) {
        Stage previous = owners.putIfAbsent(key, o.stage());
        if (previous != null && previous != o.stage()) {
          problems.add("signal " + o.signal() + " is owned by both " + previous + " and "
              + o.stage() + (o.by() == null ? "" : " (when shown by " + o.by().label() + ")")
              + ": a signal may move the conversation to one stage only");
        }
      }
    }
    def.exitCriteria.forEach((stage, criteria) -> {
      if (!stageId.containsKey(stage)) {
        problems.add("exit criteria are set for undeclared stage " + stage + declared);
      } else if (def.stages.get(stage).terminal()) {
        problems.add("terminal stage " + stage + " has exit criteria, but nothing leaves it");
      }
      counts(criteria).forEach(c -> requireKnown(c.signal(), signals, "exit criteria of " + stage));
    });
    for (PlaybookBuilder.TransitionDef t : def.transitions) {
      for (Stage end : List.of(t.from(), t.to())) {
        if (!stageId.containsKey(end)) {
          problems.add("transition " + t.from() + " -> " + t.to() + " names undeclared stage "
              + end + declared);
        }
      }
      counts(t.extra()).forEach(c -> requireKnown(c.signal(), signals,
          "the guard of " + t.from() + " -> " + t.to()));
    }
    for (Stage target : def.interrupts) {
      if (!stageId.containsKey(target)) {
        problems.add("interrupt names undeclared stage " + target + declared);
      } else if (!def.stages.get(target).terminal()) {
        problems.add("interrupt target " + target + " must be a terminal stage");
      }
    }
    for (OrderingRule rule : def.orderingRules) {
      for (Stage stage : List.of(rule.prerequisite(), rule.target())) {
        if (!stageId.containsKey(stage)) {
          problems.add("ordering rule '" + rule + "' names undeclared stage " + stage + declared);
        }
      }
    }
  }

  private static List<String> ownershipKeys(PlaybookBuilder.Ownership o) {
    if (o.by() != null) {
      return List.of(o.signal() + "/" + o.by());
    }
    List<String> keys = new ArrayList<>();
    for (SpeakerRole role : SpeakerRole.values()) {
      keys.add(o.signal() + "/" + role);
    }
    return keys;
  }

  private void requireKnown(Signal signal, NameTable<Signal> signals, String where) {
    if (signals.id(signal) < 0) {
      problems.add("signal " + signal + " in " + where + " is not declared; declare it with "
          + "signals(Signal.of(\"" + signal + "\")) (custom signals so far: " + def.customSignals
          + ")");
    }
  }

  private List<Transition> transitions(List<Stage> stages) {
    List<Transition> all = new ArrayList<>();
    for (PlaybookBuilder.TransitionDef t : def.transitions) {
      Criterion guard = t.kind() == Transition.Kind.GUARDED
          ? Criterion.allOf(def.exitCriteria.getOrDefault(t.from(), Criterion.always()), t.extra())
          : t.extra();
      all.add(new Transition(t.from(), t.to(), t.kind(), flatten(guard)));
    }
    for (Stage target : def.interrupts) {
      for (Stage from : stages) {
        if (from != target && !def.stages.get(from).terminal()) {
          all.add(new Transition(from, target, Transition.Kind.INTERRUPT, Criterion.always()));
        }
      }
    }
    return all;
  }

  private void checkTransitions(List<Transition> transitions) {
    Set<String> seen = new LinkedHashSet<>();
    for (Transition t : transitions) {
      if (def.stages.get(t.from()).terminal()) {
        problems.add("transition " + t + " leaves terminal stage " + t.from()
            + ": a terminal stage ends the conversation");
      }
      if (!seen.add(t.from() + "->" + t.to())) {
        problems.add("transition " + t + " is declared more than once"
            + (t.kind() == Transition.Kind.INTERRUPT ? " (once as an interrupt)" : ""));
      }
    }
  }

  private void checkGraph(List<Stage> stages, int start, long[] successors, long terminalMask) {
    long reachable = StageGraph.reachable(successors, start);
    for (int s = 0; s < stages.size(); s++) {
      if ((reachable & (1L << s)) == 0) {
        problems.add("stage " + stages.get(s) + " is unreachable from the start stage "
            + stages.get(start) + ": add a transition into it or remove it");
      }
      boolean terminal = (terminalMask & (1L << s)) != 0;
      if (!terminal && successors[s] == 0) {
        problems.add("stage " + stages.get(s) + " is a dead end: it is not terminal and has no "
            + "transition out; mark it terminal or add a transition");
      } else if (!terminal && (StageGraph.reachable(successors, s) & terminalMask) == 0) {
        problems.add("stage " + stages.get(s) + " can never reach a terminal stage: every path "
            + "from it loops; add a transition toward an ending");
      }
    }
  }

  /** Proves each rule: with the completing moves out of the prerequisite removed, the target must
   * be unreachable. Where it is not, the shortest offending path is the counterexample. */
  private void checkOrderingRules(
      List<Stage> stages, Map<Stage, Integer> stageId, int start, long[] successors,
      long[] completing) {
    for (OrderingRule rule : def.orderingRules) {
      int prerequisite = stageId.get(rule.prerequisite());
      long[] withoutCompletion = successors.clone();
      withoutCompletion[prerequisite] &= ~completing[prerequisite];
      int[] path = StageGraph.shortestPath(withoutCompletion, start, stageId.get(rule.target()));
      if (path != null) {
        String route = java.util.Arrays.stream(path).mapToObj(i -> stages.get(i).name())
            .collect(Collectors.joining(" -> "));
        problems.add("ordering rule '" + rule + "' is broken by the path " + route + ": it reaches "
            + rule.target() + " without a guarded transition out of " + rule.prerequisite());
      }
    }
  }

  /**
   * A guard out of stage S can only count a signal that can be credited while in S or before. A
   * signal that moves the conversation into a stage O is credited only in O or after it, so a
   * guard out of S that needs it, where S does not come after O, can never hold.
   */
  private void checkGuardsCanHold(
      List<Transition> transitions, Map<Stage, Integer> stageId, long[] ordinary) {
    Map<String, Stage> owners = new HashMap<>();
    for (PlaybookBuilder.Ownership o : def.ownerships) {
      for (SpeakerRole role : SpeakerRole.values()) {
        if (o.by() == null || o.by() == role) {
          owners.put(o.signal() + "/" + role, o.stage());
        }
      }
    }
    for (Transition t : transitions) {
      for (Criterion.Count count : required(t.guard())) {
        List<String> blockers = new ArrayList<>();
        boolean creditable = false;
        for (SpeakerRole role : SpeakerRole.values()) {
          if (count.by() != null && count.by() != role) {
            continue;
          }
          Stage owner = owners.get(count.signal() + "/" + role);
          long ownerReaches = owner == null ? 0 : StageGraph.reachable(ordinary, stageId.get(owner));
          if (owner == null || (ownerReaches & (1L << stageId.get(t.from()))) != 0) {
            creditable = true;
          } else {
            blockers.add(owner + (count.by() == null ? " (from the " + role.label() + ")" : ""));
          }
        }
        if (!creditable) {
          problems.add("the guard of " + t + " needs " + count.describe() + ", but "
              + count.signal() + " moves the conversation to " + String.join(", ", blockers)
              + ", which does not come before " + t.from() + ": it can never be counted in time");
        }
      }
    }
  }

  /** The counts a criterion always needs: those outside any any-of. */
  private static List<Criterion.Count> required(Criterion criterion) {
    if (criterion instanceof Criterion.Count count) {
      return List.of(count);
    }
    if (criterion instanceof Criterion.AllOf all) {
      List<Criterion.Count> out = new ArrayList<>();
      all.all().forEach(c -> out.addAll(required(c)));
      return out;
    }
    return List.of();
  }

  private ImmutableList<Criterion.Count> allCounts(List<Transition> transitions) {
    ImmutableList.Builder<Criterion.Count> all = ImmutableList.builder();
    transitions.forEach(t -> all.addAll(counts(t.guard())));
    def.exitCriteria.values().forEach(c -> all.addAll(counts(c)));
    return all.build();
  }

  static List<Criterion.Count> counts(Criterion criterion) {
    List<Criterion.Count> out = new ArrayList<>();
    collect(criterion, out);
    return out;
  }

  private static void collect(Criterion criterion, List<Criterion.Count> out) {
    if (criterion instanceof Criterion.Count count) {
      out.add(count);
    } else if (criterion instanceof Criterion.AllOf all) {
      all.all().forEach(c -> collect(c, out));
    } else {
      ((Criterion.AnyOf) criterion).any().forEach(c -> collect(c, out));
    }
  }

  /** Merges nested all-of lists so guards read as one flat list. */
  private static Criterion flatten(Criterion criterion) {
    if (!(criterion instanceof Criterion.AllOf all)) {
      return criterion;
    }
    List<Criterion> flat = new ArrayList<>();
    for (Criterion part : all.all()) {
      Criterion f = flatten(part);
      if (f instanceof Criterion.AllOf nested) {
        flat.addAll(nested.all());
      } else {
        flat.add(f);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Criterion.AllOf(ImmutableList.copyOf(flat));
  }

  private int[] ownerTable(Map<Stage, Integer> stageId, NameTable<Signal> signals) {
    int[] owner = new int[signals.size() * 3];
    java.util.Arrays.fill(owner, -1);
    for (PlaybookBuilder.Ownership o : def.ownerships) {
      int id = signals.id(o.signal());
      for (SpeakerRole role : SpeakerRole.values()) {
        if (o.by() == null || o.by() == role) {
          owner[id * 3 + role.ordinal()] = stageId.get(o.stage());
        }
      }
    }
    return owner;
  }

  private ImmutableMap<Stage, Criterion> exitCriteria() {
    ImmutableMap.Builder<Stage, Criterion> out = ImmutableMap.builder();
    def.exitCriteria.forEach((stage, c) -> out.put(stage, flatten(c)));
    return out.build();
  }
}
