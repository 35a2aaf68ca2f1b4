import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { lifecycleMachine } from '../../src/lifecycle/machine';
import { STAGES, SUCCESS_PATH, type StageId } from '../../src/lifecycle/stages';
import { buildTable } from '../../src/lifecycle/table';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { edgeVolumes, lifecycleGraph, stageVolumes } from '../../src/views/charts/diagramGraph';
import { gridPlaces, layoutDiagram, type Geometry, type LayoutInput } from '../../src/views/charts/diagramLayout';

const graph = lifecycleGraph();
const input: LayoutInput = {
  nodeCount: graph.nodes.length,
  edges: graph.edges,
  spine: SUCCESS_PATH.map((s) => graph.nodes.indexOf(s)),
  initial: graph.initial,
};
const at = (stage: StageId) => graph.nodes.indexOf(stage);
const WIDE: Geometry = { orientation: 'horizontal', nodeWidth: 164, nodeHeight: 92, along: 236, across: 220, margin: 6 };
const TALL: Geometry = { ...WIDE, orientation: 'vertical', along: 156, across: 224 };

describe('the lifecycle graph', () => {
  it('has a node for every state of the machine', () => {
    expect(new Set(graph.nodes)).toEqual(new Set(Object.keys(lifecycleMachine.config.states!)));
    expect(graph.nodes[graph.initial]).toBe(lifecycleMachine.config.initial);
    expect(graph.nodes.filter((_, n) => graph.final[n])).toEqual(['won', 'lost', 'disqualified']);
  });

  it('has one edge for every distinct from → to of the transition table, and no other', () => {
    const expected = new Set<string>();
    buildTable().forEach((byEvent, from) => {
      for (const branches of byEvent.values()) for (const b of branches) expected.add(`${STAGES[from]}>${STAGES[b.target]}`);
    });
    const drawn = graph.edges.map((e) => `${graph.nodes[e.from]}>${graph.nodes[e.to]}`);
    expect(new Set(drawn)).toEqual(expected);
    expect(drawn).toHaveLength(expected.size);
  });

  it('merges the branches that share an edge and keeps the SLA breach as a self-transition', () => {
    const toRecycled = graph.edges.find((e) => e.from === at('mql') && e.to === at('recycled'))!;
    expect(toRecycled.events).toEqual(['sales.reject', 'recycle']);
    const lead = graph.edges.filter((e) => e.from === at('lead') && e.to === at('mql'));
    expect(lead).toHaveLength(1); // fast track and threshold are two branches of one edge
    expect(graph.edges.find((e) => e.from === e.to)).toMatchObject({ from: at('mql'), events: ['sla.expire'] });
  });

  it('carries the run’s flows on its edges and the run’s counts on its nodes', () => {
    const result = simulate({ ...DEFAULT_SETTINGS, population: 800 });
    const S = result.stages.length;
    const volumes = edgeVolumes(graph, result);
    graph.edges.forEach((e, k) => {
      expect(volumes[k]).toBe(result.flows[result.stages.indexOf(graph.nodes[e.from]!) * S + result.stages.indexOf(graph.nodes[e.to]!)]);
    });
    // Every transition the engine made is on some edge.
    expect(volumes.reduce((a, b) => a + b, 0)).toBe(result.flows.reduce((a, b) => a + b, 0));
    expect(volumes[graph.edges.findIndex((e) => e.from === e.to)]).toBe(result.sales.slaBreaches);

    const stages = stageVolumes(graph, result);
    expect(stages.map((s) => s.ever)).toEqual(graph.nodes.map((stage) => result.reached[result.stages.indexOf(stage)]));
    expect(stages.reduce((sum, s) => sum + s.now, 0)).toBe(result.createdByDay[result.days - 1]);
  });
});

describe('the diagram layout', () => {
  it('puts the hand-off path in order on the main row, with nurturing between lead and MQL', () => {
    const places = gridPlaces(input);
    const main = graph.nodes.filter((_, n) => places[n]!.row === 0);
    main.sort((a, b) => places[at(a)]!.col - places[at(b)]!.col);
    expect(main).toEqual(['lead', 'nurturing', 'mql', 'sal', 'sql', 'opportunity', 'won']);
    expect(main.map((s) => places[at(s)]!.col)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('puts the detours on a side row, under the stages they are entered from, without overlaps', () => {
    const places = gridPlaces(input);
    for (const stage of ['recycled', 'disqualified', 'lost'] as const) expect(places[at(stage)]!.row).toBe(1);
    expect(places[at('lost')]!.col).toBe(places[at('opportunity')]!.col);
    expect(places[at('recycled')]!.col).toBe(places[at('sal')]!.col); // entered from MQL, SAL and SQL
    const side = places.filter((p) => p.row === 1).map((p) => p.col).sort((a, b) => a - b);
    side.slice(1).forEach((col, k) => expect(col - side[k]!).toBeGreaterThanOrEqual(1));
  });

  it('places a state it has never seen from the graph alone', () => {
    // A "paused" state entered from SQL and left back to it: a detour under SQL, with nothing else moved.
    const paused = input.nodeCount;
    const extended: LayoutInput = {
      ...input,
      nodeCount: input.nodeCount + 1,
      edges: [...input.edges, { from: at('sql'), to: paused }, { from: paused, to: at('sql') }],
    };
    const before = gridPlaces(input);
    const after = gridPlaces(extended);
    expect(after[paused]!.row).toBe(1);
    expect(after.slice(0, input.nodeCount).filter((p) => p.row === 0)).toEqual(before.filter((p) => p.row === 0));
    const sideCols = after.filter((p) => p.row === 1).map((p) => p.col);
    expect(new Set(sideCols).size).toBe(sideCols.length);
  });

  it.each([WIDE, TALL])('keeps boxes apart and every edge, label and box inside the drawing ($orientation)', (geometry) => {
    const layout = layoutDiagram(input, geometry);
    const { nodeWidth: w, nodeHeight: h } = geometry;
    layout.nodes.forEach((a, i) =>
      layout.nodes.slice(i + 1).forEach((b) => {
        const apart = Math.abs(a.cx - b.cx) >= w || Math.abs(a.cy - b.cy) >= h;
        expect(apart).toBe(true);
      }),
    );
    const inside = (p: { x: number; y: number }) =>
      p.x >= 0 && p.y >= 0 && p.x <= layout.width && p.y <= layout.height;
    for (const box of layout.nodes) {
      expect(inside(box)).toBe(true);
      expect(inside({ x: box.x + w, y: box.y + h })).toBe(true);
    }
    for (const e of layout.edges) {
      for (const p of [e.start, e.tip, e.label]) expect(inside(p)).toBe(true);
      expect(e.loop).toBe(e.from === e.to);
    }
  });

  it('starts and ends each edge on the border of its boxes, not inside them', () => {
    const layout = layoutDiagram(input, WIDE);
    const within = (p: { x: number; y: number }, n: number) => {
      const box = layout.nodes[n]!;
      return p.x > box.x + 1 && p.x < box.x + WIDE.nodeWidth - 1 && p.y > box.y + 1 && p.y < box.y + WIDE.nodeHeight - 1;
    };
    for (const e of layout.edges) {
      expect(within(e.start, e.from)).toBe(false);
      expect(within(e.tip, e.to)).toBe(false);
    }
  });

  it('runs the path left to right when wide and top to bottom when tall', () => {
    const wide = layoutDiagram(input, WIDE);
    const tall = layoutDiagram(input, TALL);
    const path = SUCCESS_PATH.map(at);
    path.slice(1).forEach((n, k) => {
      expect(wide.nodes[n]!.cx).toBeGreaterThan(wide.nodes[path[k]!]!.cx);
      expect(tall.nodes[n]!.cy).toBeGreaterThan(tall.nodes[path[k]!]!.cy);
    });
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(tall.height).toBeGreaterThan(tall.width);
  });
});
