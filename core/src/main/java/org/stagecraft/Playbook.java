package org.stagecraft;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stagecraft.internal.Fingerprint;
import org.stagecraft.internal.StageGraph;

/**
 * A verified sales process: its stages, the transitions allowed between them with their guards,
 * which signals move the conversation to which stage, its terminal outcomes and its ordering rules.
 * Build one with {@link #builder(String)}, or use {@link Playbooks#consultative()}.
 *
 * <p>A playbook that exists has passed every check of {@link PlaybookBuilder#build()}. It is
 * immutable and thread-safe; share one instance across all the conversations that follow it.
 */
public final class Playbook {
  /** What the compiler hands over; kept apart so the constructor stays a plain assignment. */
  record Definition(
      String name,
      String description,
      ImmutableList<Stage> stages,
      int start,
      long terminalMask,
      NameTable<Signal> signals,
      int[] owner,
      ImmutableList<Transition> transitions,
      long[] successors,
      long[] ordinarySuccessors,
      ImmutableMap<Stage, Criterion> exitCriteria,
      ImmutableList<OrderingRule> orderingRules,
      CounterLayout counters,
      ImmutableMap<String, Double> scoreWeights) {}

  private final String name;
  private final String description;
  /** One bit per signal in a conversation's seen set. */
  static final int MAX_SIGNALS = 64;

  private final ImmutableList<Stage> stages;
  private final NameTable<Stage> stageIds;
  final int start;
  final long terminalMask;
  final NameTable<Signal> signals;
  /** Owning stage by {@code signalId * 3 + role}, or -1. */
  final int[] owner;
  private final ImmutableList<Transition> transitions;
  /** Compiled guard by {@code from * stageCount + to}, null where no transition exists. */
  private final @Nullable Guard[] guards;
  private final @Nullable Transition[] transitionByEdge;
  final long[] successors;
  /** Stages reachable from each stage (itself excluded): where an attempt goes forward. */
  final long[] ahead;
  /** Stages from which each stage is reachable without interrupts: where it came from. */
  final long[] behind;
  /** How far along the process each stage lies: the longest way to it without interrupts. */
  final int[] ranks;
  private final ImmutableMap<Stage, Criterion> exitCriteria;
  private final ImmutableList<OrderingRule> orderingRules;
  final CounterLayout counters;
  private final ImmutableMap<String, Double> scoreWeights;
  private final long fingerprint;
  final Journal emptyJournal;

  Playbook(Definition d) {
    this.name = d.name();
    this.description = d.description();
    this.stages = d.stages();
    this.start = d.start();
    this.terminalMask = d.terminalMask();
    this.signals = d.signals();
    this.owner = d.owner();
    this.transitions = d.transitions();
    this.successors = d.successors();
    this.exitCriteria = d.exitCriteria();
    this.orderingRules = d.orderingRules();
    this.counters = d.counters();
    this.scoreWeights = d.scoreWeights();
    int n = stages.size();
    this.stageIds = new NameTable<>(stages);
    this.guards = new Guard[n * n];
    this.transitionByEdge = new Transition[n * n];
    for (Transition t : transitions) {
      int edge = stageId(t.from()) * n + stageId(t.to());
      guards[edge] = Guard.compile(t.guard(), signals, counters);
      transitionByEdge[edge] = t;
    }
    this.ahead = new long[n];
    this.behind = new long[n];
    for (int s = 0; s < n; s++) {
      ahead[s] = StageGraph.reachable(successors, s) & ~(1L << s);
      long reach = StageGraph.reachable(d.ordinarySuccessors(), s) & ~(1L << s);
      for (long r = reach; r != 0; r &= r - 1) {
        behind[Long.numberOfTrailingZeros(r)] |= 1L << s;
      }
    }
    this.ranks = StageGraph.ranks(d.ordinarySuccessors(), start);
    this.fingerprint = Fingerprint.of(canonicalForm());
    this.emptyJournal = Journal.empty(this);
  }

  /**
   * Starts the definition of a playbook.
   *
   * @param name a short name shown in reports and snapshots' error messages
   * @throws NullPointerException if {@code name} is null
   */
  public static PlaybookBuilder builder(String name) {
    return new PlaybookBuilder(name);
  }

  /** A fresh conversation in the start stage, with no events yet. */
  public Conversation newConversation() {
    return Conversation.fresh(this);
  }

  /** The playbook's name. */
  public String name() {
    return name;
  }

  /** The one-line description, or an empty string. */
  public String description() {
    return description;
  }

  /** The stages in declaration order. */
  public ImmutableList<Stage> stages() {
    return stages;
  }

  /** The stage every conversation starts in. */
  public Stage startStage() {
    return stages.get(start);
  }

  /** Whether the playbook has this stage. */
  public boolean hasStage(Stage stage) {
    return stageId(checkNotNull(stage, "stage")) >= 0;
  }

  /**
   * Whether the conversation ends in {@code stage}.
   *
   * @throws IllegalArgumentException if the playbook has no such stage
   */
  public boolean isTerminal(Stage stage) {
    return (terminalMask & (1L << requireStage(stage))) != 0;
  }

  /** Every transition, interrupts expanded, in declaration order. */
  public ImmutableList<Transition> transitions() {
    return transitions;
  }

  /** The transition {@code from → to}, if the playbook allows it. */
  public Optional<Transition> transition(Stage from, Stage to) {
    return Optional.ofNullable(transitionByEdge[requireStage(from) * stages.size() + requireStage(to)]);
  }

  /** What must hold before leaving {@code stage} along a guarded transition; may be "always". */
  public Criterion exitCriteria(Stage stage) {
    requireStage(stage);
    return exitCriteria.getOrDefault(stage, Criterion.always());
  }

  /** The signals this playbook knows: the well-known ones, then its own. */
  public ImmutableList<Signal> signals() {
    return signals.all();
  }

  /** Whether the playbook knows {@code signal}. */
  public boolean knows(Signal signal) {
    return signals.id(checkNotNull(signal, "signal")) >= 0;
  }

  /** The stage that {@code signal}, shown by {@code by}, moves the conversation to, if any. */
  public Optional<Stage> owner(Signal signal, SpeakerRole by) {
    checkNotNull(by, "by");
    int id = signals.id(checkNotNull(signal, "signal"));
    checkArgument(id >= 0, "playbook '%s' does not know signal %s", name, signal);
    int stage = owner[id * 3 + by.ordinal()];
    return stage < 0 ? Optional.empty() : Optional.of(stages.get(stage));
  }

  /** The ordering rules declared, each proved at build time. */
  public ImmutableList<OrderingRule> orderingRules() {
    return orderingRules;
  }

  /**
   * How much each score counts in a scorecard's overall value, as set with {@link
   * PlaybookBuilder#scoreWeight}; scores not listed weigh 1.
   */
  public ImmutableMap<String, Double> scoreWeights() {
    return scoreWeights;
  }

  /** How much the score {@code scorerId} counts in the overall value: its weight, or 1. */
  public double scoreWeight(String scorerId) {
    return scoreWeights.getOrDefault(checkNotNull(scorerId, "scorerId"), 1.0);
  }

  /**
   * A hash of the process: stages, signals, ownership, transitions and rules (score weights do
   * not change the process and are left out). Two playbooks with the same fingerprint define the same
   * process; snapshots carry it to refuse restoring into a different playbook.
   */
  public long fingerprint() {
    return fingerprint;
  }

  /** The playbook as a Mermaid {@code stateDiagram-v2}, ready for a Markdown code block. */
  public String toMermaid() {
    return PlaybookDiagrams.mermaid(this);
  }

  /** The playbook as Graphviz DOT text. */
  public String toDot() {
    return PlaybookDiagrams.dot(this);
  }

  @Override
  public String toString() {
    return "Playbook[" + name + ", " + stages.size() + " stages, " + transitions.size()
        + " transitions]";
  }

  int stageCount() {
    return stages.size();
  }

  Stage stage(int id) {
    return stages.get(id);
  }

  /** The playbook's number for {@code stage}, or -1. */
  int stageId(Stage stage) {
    return stageIds.id(stage);
  }

  int requireStage(Stage stage) {
    int id = stageId(checkNotNull(stage, "stage"));
    checkArgument(id >= 0, "playbook '%s' has no stage %s; its stages are %s", name, stage, stages);
    return id;
  }

  @Nullable Guard guard(int from, int to) {
    return guards[from * stages.size() + to];
  }

  boolean isTerminal(int stageId) {
    return (terminalMask & (1L << stageId)) != 0;
  }

  /** An unambiguous form of a criterion: names cannot collide with the structure around them. */
  private static String canonical(Criterion criterion) {
    if (criterion instanceof Criterion.Count count) {
      return "count(" + count.signal() + "," + (count.by() == null ? "*" : count.by()) + ","
          + count.atLeast() + ")";
    }
    boolean all = criterion instanceof Criterion.AllOf;
    java.util.List<Criterion> parts = all
        ? ((Criterion.AllOf) criterion).all() : ((Criterion.AnyOf) criterion).any();
    StringBuilder out = new StringBuilder(all ? "all(" : "any(");
    for (int i = 0; i < parts.size(); i++) {
      out.append(i == 0 ? "" : ",").append(canonical(parts.get(i)));
    }
    return out.append(')').toString();
  }

  private String canonicalForm() {
    StringBuilder out = new StringBuilder("stagecraft-playbook/1\n").append(name).append('\n');
    for (int s = 0; s < stages.size(); s++) {
      out.append("stage ").append(stages.get(s)).append(isTerminal(s) ? " terminal" : "")
          .append(s == start ? " start" : "").append(" exit ")
          .append(canonical(exitCriteria(stages.get(s)))).append('\n');
    }
    signals.all().forEach(sig -> out.append("signal ").append(sig).append('\n'));
    for (int i = 0; i < owner.length; i++) {
      if (owner[i] >= 0) {
        out.append("owner ").append(signals.get(i / 3)).append('/')
            .append(SpeakerRole.values()[i % 3]).append(' ').append(stages.get(owner[i]))
            .append('\n');
      }
    }
    transitions.forEach(t -> out.append("transition ").append(t).append(' ').append(t.kind())
        .append(' ').append(canonical(t.guard())).append('\n'));
    orderingRules.forEach(r -> out.append("rule ").append(r).append('\n'));
    return out.toString();
  }
}
