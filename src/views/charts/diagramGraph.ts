// The lifecycle as a graph for drawing, read from the XState machine's own definition: its states are
// the nodes, its transitions (merged per source and target) the edges. A new state in the machine
// shows up here without any change to the diagram.
import type { SimulationResult } from '../../engine/types';
import type { LifecycleEventType } from '../../lifecycle/events';
import { lifecycleMachine } from '../../lifecycle/machine';
import { STAGES, isFinalStage, type StageId } from '../../lifecycle/stages';
import { buildTable } from '../../lifecycle/table';

export interface GraphEdge {
  from: number;
  to: number;
  /** Event types that take this transition, in the machine's order. */
  events: LifecycleEventType[];
}

export interface LifecycleGraph {
  nodes: StageId[];
  initial: number;
  final: boolean[];
  edges: GraphEdge[];
}

export function lifecycleGraph(): LifecycleGraph {
  const edges = new Map<string, GraphEdge>();
  buildTable().forEach((byEvent, from) => {
    for (const [event, branches] of byEvent) {
      for (const { target: to } of branches) {
        const key = `${from}>${to}`;
        const edge = edges.get(key) ?? { from, to, events: [] };
        if (!edge.events.includes(event)) edge.events.push(event);
        edges.set(key, edge);
      }
    }
  });
  return {
    nodes: [...STAGES],
    initial: STAGES.indexOf(lifecycleMachine.config.initial as StageId),
    final: STAGES.map(isFinalStage),
    edges: [...edges.values()],
  };
}

export interface StageVolume {
  /** Leads in the stage at the end of the period. */
  now: number;
  /** Leads that ever entered it. */
  ever: number;
}

/** End-of-period and ever-reached counts per node, from the engine's result. */
export function stageVolumes(graph: LifecycleGraph, result: SimulationResult): StageVolume[] {
  const S = result.stages.length;
  const lastDay = (result.days - 1) * S;
  return graph.nodes.map((stage) => {
    const s = result.stages.indexOf(stage);
    return { now: result.countsByDay[lastDay + s] ?? 0, ever: result.reached[s] ?? 0 };
  });
}

/** How many transitions the run made along each edge. */
export function edgeVolumes(graph: LifecycleGraph, result: SimulationResult): number[] {
  const S = result.stages.length;
  const at = (n: number) => result.stages.indexOf(graph.nodes[n]!);
  return graph.edges.map((e) => result.flows[at(e.from) * S + at(e.to)] ?? 0);
}
