import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { lifecycleMachine } from '../../src/lifecycle/machine';
import { STAGES, STAGE_SHORT_NAMES, SUCCESS_PATH, type StageId } from '../../src/lifecycle/stages';
import { buildTable } from '../../src/lifecycle/table';
import { DEFAULT_SETTINGS } from '../../src/state/defaults';
import { BOX, TYPE, diagramGeometries, type BoxTexts } from '../../src/views/charts/diagramBox';
import { edgeVolumes, lifecycleGraph, stageVolumes } from '../../src/views/charts/diagramGraph';
import { GAP, gridPlaces, layoutDiagram, type DiagramLayout, type Geometry, type LayoutInput } from '../../src/views/charts/diagramLayout';
import { estimateText, type MeasureText } from '../../src/views/type/measureText';

const graph = lifecycleGraph();
const input: LayoutInput = {
  nodeCount: graph.nodes.length,
  edges: graph.edges,
  spine: SUCCESS_PATH.map((s) => graph.nodes.indexOf(s)),
  initial: graph.initial,
};
const at = (stage: StageId) => graph.nodes.indexOf(stage);
/** What the boxes of the default run hold, in English. */
const TEXTS: BoxTexts = {
  names: graph.nodes.map((stage) => STAGE_SHORT_NAMES[stage]),
  counts: ['Now 888,888', 'Ever 888,888'],
  volumes: ['4,858', '1,192', '715', '25', '1'],
};
const { wide: WIDE, tall: TALL } = diagramGeometries(TEXTS, estimateText);

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

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const boxesOf = (layout: DiagramLayout, g: Geometry): Box[] =>
  layout.nodes.map((n) => ({ left: n.x, right: n.x + g.nodeWidth, top: n.y, bottom: n.y + g.nodeHeight }));
const labelsOf = (layout: DiagramLayout, g: Geometry): Box[] =>
  layout.edges.map(({ label }) => ({
    left: label.x - g.labelHalf.x,
    right: label.x + g.labelHalf.x,
    top: label.y - g.labelHalf.y,
    bottom: label.y + g.labelHalf.y,
  }));

describe('the diagram boxes', () => {
  /** A font in which some names run much wider than others, as "Disqualified" does in most. */
  const uneven: MeasureText = (text, size, bold) => estimateText(text, size) * (bold ? 1.1 : 1) * (text.length > 10 ? 1.3 : 1);

  it.each([
    ['an estimated font', estimateText],
    ['an uneven font', uneven],
  ] as const)('are wide enough for every name and count line, in %s', (_, measure) => {
    const { wide, tall } = diagramGeometries(TEXTS, measure);
    for (const g of [wide, tall]) {
      for (const name of TEXTS.names) expect(BOX.nameX + measure(name, TYPE.name, true)).toBeLessThanOrEqual(g.nodeWidth - 8);
      for (const line of TEXTS.counts) expect(BOX.countX + measure(line, TYPE.count, false)).toBeLessThanOrEqual(g.nodeWidth - 8);
      for (const volume of TEXTS.volumes) expect(measure(volume, TYPE.volume, true)).toBeLessThanOrEqual(2 * g.labelHalf.x);
    }
  });

  it('grow with longer texts, such as the Japanese count lines', () => {
    const ja = diagramGeometries({ ...TEXTS, counts: ['期間末 888,888', '累計 888,888'] }, (text, size) => estimateText(text, size) * 1.6);
    expect(ja.wide.nodeWidth).toBeGreaterThan(WIDE.nodeWidth);
  });

  it.each([
    ['wide', WIDE],
    ['tall', TALL],
  ] as const)('keep every volume label clear of the boxes and of the other labels (%s)', (_, g) => {
    const layout = layoutDiagram(input, g);
    const boxes = boxesOf(layout, g);
    const labels = labelsOf(layout, g);
    labels.forEach((label, k) => {
      const { from, to } = layout.edges[k]!;
      boxes.forEach((box, n) => expect(overlap(label, box), `${graph.nodes[from]}>${graph.nodes[to]} on ${graph.nodes[n]}`).toBe(false));
      labels.slice(k + 1).forEach((other) => expect(overlap(label, other)).toBe(false));
    });
  });

  it.each([
    ['wide', WIDE],
    ['tall', TALL],
  ] as const)('leave every arrow between two stages long enough to see beyond its head (%s)', (_, g) => {
    const layout = layoutDiagram(input, g);
    for (const e of layout.edges.filter((e) => !e.loop)) {
      // The thickest arrow's head is 27 long; at least as much line again shows behind it.
      expect(Math.hypot(e.tip.x - e.start.x, e.tip.y - e.start.y), `${graph.nodes[e.from]}>${graph.nodes[e.to]}`).toBeGreaterThanOrEqual(
        2 * 27 - 2 * GAP,
      );
    }
  });

  it('draws an arrow to a side stage straight and beside its label, with line showing either side', () => {
    const layout = layoutDiagram(input, TALL);
    for (const [from, to] of [['sal', 'recycled'], ['opportunity', 'lost']] as const) {
      const e = layout.edges.find((e) => e.from === at(from) && e.to === at(to))!;
      expect(e.tip.y).toBeCloseTo(e.start.y, 6);
      expect(e.tip.x - e.start.x).toBeGreaterThanOrEqual(2 * TALL.labelHalf.x + 2 * 27);
    }
  });
});
