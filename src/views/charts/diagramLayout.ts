// Positions for the lifecycle diagram, computed from the graph alone: the hand-off path and the stages a
// lead passes between its steps form the main row, ordered by distance from the initial state; every
// other stage goes to a side row under the stages it is entered from. No stage name appears here.

export interface LayoutInput {
  nodeCount: number;
  edges: readonly { from: number; to: number }[];
  /** The hand-off path, as node indices, starting at the initial state. */
  spine: readonly number[];
  initial: number;
}

export interface GridPlace {
  /** Position along the path; side stages may sit between two columns. */
  col: number;
  /** 0: main row; 1: side row. */
  row: number;
}

function neighbours(input: LayoutInput, reverse: boolean): number[][] {
  const lists: number[][] = Array.from({ length: input.nodeCount }, () => []);
  for (const { from, to } of input.edges) {
    if (from === to) continue;
    if (reverse) lists[to]!.push(from);
    else lists[from]!.push(to);
  }
  return lists;
}

/** Breadth-first distances from `start`, passing only through nodes `open` allows. */
function distances(start: number, next: number[][], open: (n: number) => boolean): Map<number, number> {
  const seen = new Map([[start, 0]]);
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    if (n !== start && !open(n)) continue;
    for (const m of next[n]!) {
      if (seen.has(m)) continue;
      seen.set(m, seen.get(n)! + 1);
      queue.push(m);
    }
  }
  return seen;
}

export function gridPlaces(input: LayoutInput): GridPlace[] {
  const out = neighbours(input, false);
  const into = neighbours(input, true);
  const onSpine = new Set(input.spine);
  const offSpine = (n: number) => !onSpine.has(n);

  // A stage belongs between two steps of the path when a lead can go from the first to it and on to
  // the second without touching the path elsewhere (Nurturing, between Lead and MQL).
  const main: number[] = [input.spine[0]!];
  input.spine.slice(1).forEach((b, k) => {
    const a = input.spine[k]!;
    const fromA = distances(a, out, offSpine);
    const toB = distances(b, into, offSpine);
    const between = [...fromA.keys()]
      .filter((n) => offSpine(n) && toB.has(n) && !main.includes(n))
      .sort((m, n) => fromA.get(m)! - fromA.get(n)!);
    main.push(...between, b);
  });

  const places: (GridPlace | null)[] = Array.from({ length: input.nodeCount }, () => null);
  main.forEach((n, col) => (places[n] = { col, row: 0 }));

  // Side stages sit under the mean of the stages they are entered from, in order of distance from
  // the start, so one entered from a side stage can follow it.
  const fromStart = distances(input.initial, out, () => true);
  const side = [...Array(input.nodeCount).keys()]
    .filter((n) => places[n] === null)
    .sort((m, n) => (fromStart.get(m) ?? Infinity) - (fromStart.get(n) ?? Infinity) || m - n);
  for (const n of side) {
    const placed = into[n]!.map((m) => places[m]).filter((p): p is GridPlace => p !== null);
    const col = placed.length ? placed.reduce((sum, p) => sum + p.col, 0) / placed.length : 0;
    places[n] = { col, row: 1 };
  }

  // Side stages never overlap: each keeps at least one column from its neighbour.
  const bySide = side.sort((m, n) => places[m]!.col - places[n]!.col || m - n);
  bySide.forEach((n, k) => {
    if (k > 0) places[n]!.col = Math.max(places[n]!.col, places[bySide[k - 1]!]!.col + 1);
  });
  return places as GridPlace[];
}

export interface Point {
  x: number;
  y: number;
}

export interface Geometry {
  /** `horizontal`: the path runs left to right, side stages below; `vertical`: top to bottom, side stages right. */
  orientation: 'horizontal' | 'vertical';
  nodeWidth: number;
  nodeHeight: number;
  /** Distance between neighbouring stages of the path. */
  along: number;
  /** Distance between the main row and the side row. */
  across: number;
  /** Room kept around the drawing for arcs and labels. */
  margin: number;
  /** Half the width and height of the widest volume label. */
  labelHalf: Point;
}

export interface NodeBox extends Point {
  /** Top-left corner in x/y; the centre is cx/cy. */
  cx: number;
  cy: number;
}

export interface EdgeGeometry {
  from: number;
  to: number;
  /** Start (on the source's border), control point and tip (on the target's border) of a quadratic curve. */
  start: Point;
  control: Point;
  tip: Point;
  /** Where the volume label goes. */
  label: Point;
  loop: boolean;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgeGeometry[];
}

/** Where the ray from a box's centre towards `toward` leaves the box of the given half-sizes. */
function exit(center: Point, toward: Point, halfW: number, halfH: number): Point {
  const dx = toward.x - center.x;
  const dy = toward.y - center.y;
  const t = Math.min(dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy));
  return Number.isFinite(t) ? { x: center.x + dx * t, y: center.y + dy * t } : center;
}

/** Gap between a box and the ends of its edges, or a label. */
export const GAP = 4;
/** Half the thickest edge LifecycleDiagram draws (18px), which a label beside a line must clear. */
const STROKE_ROOM = 10;
/** How far a loop reaches out of its box. */
const LOOP = 56;
/** Where along its curve a label may sit, best first: the middle, then further out either way. */
const LABEL_STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74];

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const around = (p: Point, halfW: number, halfH: number): Rect => ({
  left: p.x - halfW,
  right: p.x + halfW,
  top: p.y - halfH,
  bottom: p.y + halfH,
});

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const pointOn = (e: EdgeGeometry, t: number): Point => ({
  x: (1 - t) * (1 - t) * e.start.x + 2 * (1 - t) * t * e.control.x + t * t * e.tip.x,
  y: (1 - t) * (1 - t) * e.start.y + 2 * (1 - t) * t * e.control.y + t * t * e.tip.y,
});

/**
 * Puts each edge's label at the first spot clear of the boxes and earlier labels: beside a straight edge
 * (on it, the number would hide a thick line), else slid along the curve from its middle outwards.
 */
function placeLabels(edges: EdgeGeometry[], centres: Point[], w: number, h: number, half: Point): void {
  const taken = centres.map((c) => around(c, w / 2 + GAP, h / 2 + GAP));
  const free = (p: Point) => !taken.some((r) => overlaps(r, around(p, half.x, half.y)));
  for (const e of edges.filter((e) => e.loop)) taken.push(around(e.label, half.x, half.y));
  for (const e of edges.filter((e) => !e.loop)) {
    const spots = LABEL_STOPS.map((t) => pointOn(e, t));
    const mid = spots[0]!;
    const dx = e.tip.x - e.start.x;
    const dy = e.tip.y - e.start.y;
    const length = Math.hypot(dx, dy) || 1;
    const straight = Math.hypot(e.control.x - (e.start.x + e.tip.x) / 2, e.control.y - (e.start.y + e.tip.y) / 2) < 1;
    if (straight) {
      // Up or left of the line: away from the side row, in both orientations.
      const flip = dy - dx > 0 ? -1 : 1;
      const side = { x: (flip * dy) / length, y: (flip * -dx) / length };
      const away = Math.abs(side.x) * half.x + Math.abs(side.y) * half.y + STROKE_ROOM;
      spots.unshift({ x: mid.x + side.x * away, y: mid.y + side.y * away });
    }
    e.label = spots.find(free) ?? mid;
    taken.push(around(e.label, half.x, half.y));
  }
}

export function layoutDiagram(input: LayoutInput, geometry: Geometry): DiagramLayout {
  const places = gridPlaces(input);
  const { orientation, nodeWidth: w, nodeHeight: h, along, across, margin } = geometry;
  const half = geometry.labelHalf;
  const horizontal = orientation === 'horizontal';
  const centre = ({ col, row }: GridPlace): Point =>
    horizontal ? { x: col * along, y: row * across } : { x: row * across, y: col * along };
  const centres = places.map(centre);
  // Mirroring the drawing (vertical) mirrors which side of its direction an edge bends to.
  const side = horizontal ? 1 : -1;
  const halfAcross = (horizontal ? h : w) / 2 + GAP;
  const halfAlong = (horizontal ? w : h) / 2 + GAP;
  /**
   * How far an arc's control point must stand off its row for the curve's middle, and the label on it, to
   * clear the boxes it passes over. The middle lies halfway between the control point and the curve's ends,
   * which leave the boxes towards the control point: through their long side when it stands far enough off.
   */
  const arcBend = (length: number): number => {
    const middle = halfAcross + (horizontal ? half.y : half.x);
    const throughSide = 2 * middle - halfAcross;
    if ((throughSide * halfAlong) / (length / 2) >= halfAcross) return throughSide;
    return (2 * middle) / (1 + halfAlong / (length / 2));
  };

  const twin = new Set(input.edges.map((e) => `${e.from}>${e.to}`));
  const edges: EdgeGeometry[] = input.edges.map(({ from, to }) => {
    const a = centres[from]!;
    if (from === to) {
      // A transition back into the same stage: a small loop away from the side row, its label above it
      // (beside it would widen a tall drawing, which has the least width to spare).
      const out = horizontal ? { x: 0, y: -1 } : { x: -1, y: 0 };
      const edgeOf = { x: a.x + (out.x * w) / 2, y: a.y + (out.y * h) / 2 };
      const spread = horizontal ? { x: 18, y: 0 } : { x: 0, y: 18 };
      const start = { x: edgeOf.x - spread.x, y: edgeOf.y - spread.y };
      const tip = { x: edgeOf.x + spread.x, y: edgeOf.y + spread.y };
      const control = { x: edgeOf.x + out.x * LOOP, y: edgeOf.y + out.y * LOOP };
      const apex = { x: edgeOf.x + (out.x * LOOP) / 2, y: edgeOf.y + (out.y * LOOP) / 2 };
      const label = horizontal
        ? { x: apex.x, y: apex.y - half.y - 4 }
        : { x: Math.min(apex.x, edgeOf.x - half.x - GAP), y: start.y - half.y - 4 };
      return { from, to, start, control, tip, label, loop: true };
    }
    const b = centres[to]!;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    const normal = { x: (side * dy) / length, y: (side * -dx) / length };
    const p = places[from]!;
    const q = places[to]!;
    const sameRow = p.row === q.row;
    const [low, high] = p.col < q.col ? [p.col, q.col] : [q.col, p.col];
    const passesOver = sameRow && places.some((o) => o.row === p.row && o.col > low && o.col < high);
    // Neighbours on a row, and a stage and the side stage right beside it, are joined straight; a pair of
    // opposite edges, and slanting edges across rows, bend a little so the two directions and the crossings
    // stay apart.
    const facing = sameRow || p.col === q.col;
    const bend = passesOver ? arcBend(length) : facing && !twin.has(`${to}>${from}`) ? 0 : 0.16 * length;
    const control = { x: (a.x + b.x) / 2 + normal.x * bend, y: (a.y + b.y) / 2 + normal.y * bend };
    const start = exit(a, control, w / 2 + GAP, h / 2 + GAP);
    const tip = exit(b, control, w / 2 + GAP, h / 2 + GAP);
    return { from, to, start, control, tip, label: start, loop: false };
  });
  placeLabels(edges, centres, w, h, half);

  // Shift everything so the drawing starts at the margin, whatever bends and loops stick out.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of centres) {
    xs.push(c.x - w / 2, c.x + w / 2);
    ys.push(c.y - h / 2, c.y + h / 2);
  }
  for (const e of edges) {
    const apex = { x: (e.start.x + e.tip.x) / 4 + e.control.x / 2, y: (e.start.y + e.tip.y) / 4 + e.control.y / 2 };
    xs.push(apex.x, e.label.x - half.x, e.label.x + half.x);
    ys.push(apex.y, e.label.y - half.y, e.label.y + half.y);
  }
  const dx = margin - Math.min(...xs);
  const dy = margin - Math.min(...ys);
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });

  return {
    width: Math.max(...xs) + dx + margin,
    height: Math.max(...ys) + dy + margin,
    nodes: centres.map((c) => ({ cx: c.x + dx, cy: c.y + dy, x: c.x + dx - w / 2, y: c.y + dy - h / 2 })),
    edges: edges.map((e) => ({
      ...e,
      start: move(e.start),
      control: move(e.control),
      tip: move(e.tip),
      label: move(e.label),
    })),
  };
}

/** The SVG path of an edge whose arrowhead, `arrow` long, ends at the tip: the line stops at its base. */
export function edgePath(edge: EdgeGeometry, arrow: number): { d: string; angle: number } {
  const { start, control, tip } = edge;
  const tx = tip.x - control.x;
  const ty = tip.y - control.y;
  const len = Math.hypot(tx, ty) || 1;
  const base = { x: tip.x - (tx / len) * arrow, y: tip.y - (ty / len) * arrow };
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    d: `M${r(start.x)},${r(start.y)} Q${r(control.x)},${r(control.y)} ${r(base.x)},${r(base.y)}`,
    angle: (Math.atan2(ty, tx) * 180) / Math.PI,
  };
}
