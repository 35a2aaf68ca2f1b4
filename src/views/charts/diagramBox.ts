// What each stage's box in the lifecycle diagram holds, and the sizes that follow from it: boxes as wide
// as their widest text, and gaps between them wide enough for an arrow and its volume label. Sizes are in
// drawing units, which are CSS pixels at the default root font size.
import { GAP, type Geometry } from './diagramLayout';
import type { MeasureText } from '../type/measureText';

/** Type sizes of the stage name, the two counts under it, and the volume on an arrow. */
export const TYPE = { name: 20, count: 17, volume: 17 } as const;

/** Where a box's texts sit, from its top-left corner: the name after the colour swatch, the counts under it. */
export const BOX = {
  height: 92,
  nameX: 26,
  countX: 14,
  nameY: 32,
  nowY: 58,
  everY: 80,
  /** Room right of the longest text, clear of a final stage's inner border. */
  right: 12,
} as const;

export interface BoxTexts {
  /** Every stage name. */
  names: readonly string[];
  /** The count lines at their widest ("Ever 888,888"). */
  counts: readonly string[];
  /** Every volume label the arrows carry. */
  volumes: readonly string[];
}

/**
 * Side stages sit this far from the path, beyond the boxes' own width, when the path runs top to bottom:
 * an arrow across shows on both sides of its label.
 */
const TALL_SIDE_GAP = 130;
/** Between boxes along a row: at least an arrow with its label above it, clear of both boxes. */
const MIN_ALONG_GAP = 64;
/** A label's height at TYPE.volume, with a little air. */
const LABEL_HALF_HEIGHT = 13;

const widest = (texts: readonly string[], size: number, bold: boolean, measure: MeasureText) =>
  Math.max(0, ...texts.map((text) => measure(text, size, bold)));

/** The wide (path left to right) and tall (path top to bottom) geometries that fit these texts. */
export function diagramGeometries(texts: BoxTexts, measure: MeasureText): { wide: Geometry; tall: Geometry } {
  const nodeWidth = Math.ceil(
    Math.max(
      BOX.nameX + widest(texts.names, TYPE.name, true, measure),
      BOX.countX + widest(texts.counts, TYPE.count, false, measure),
    ) + BOX.right,
  );
  const labelHalf = { x: Math.ceil(widest(texts.volumes, TYPE.volume, true, measure) / 2) + 2, y: LABEL_HALF_HEIGHT };
  const common = { nodeWidth, nodeHeight: BOX.height, margin: 6, labelHalf };
  return {
    wide: {
      ...common,
      orientation: 'horizontal',
      along: nodeWidth + Math.max(MIN_ALONG_GAP, 2 * (labelHalf.x + GAP)),
      across: 220,
    },
    tall: {
      ...common,
      orientation: 'vertical',
      // Arrows down the path carry their labels beside them: the gap only needs a visible arrow.
      along: BOX.height + 56,
      across: nodeWidth + Math.max(TALL_SIDE_GAP, 2 * labelHalf.x + 70),
    },
  };
}
