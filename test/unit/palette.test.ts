import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/lifecycle/stages';
import { NOT_READY_COLOUR, READY_COLOUR, STAGE_COLOURS } from '../../src/views/palette';

/** The page's own background and the stage panels' fill, read from the stylesheet that sets them. */
const css = readFileSync(new URL('../../src/views/global.css', import.meta.url), 'utf8');
const variable = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`))![1]!;
const BACKGROUNDS = { page: variable('bg'), panel: variable('surface') };

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

// Machado, Oliveira & Fernandes (2009), full severity, on linear RGB.
const DEFICIENCIES = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};
const simulate = (rgb: number[], m: number[]) =>
  [0, 3, 6].map((k) => Math.min(1, Math.max(0, m[k]! * rgb[0]! + m[k + 1]! * rgb[1]! + m[k + 2]! * rgb[2]!)));
const oklab = ([r, g, b]: number[]) => {
  const l = Math.cbrt(0.4122214708 * r! + 0.5363325363 * g! + 0.0514459929 * b!);
  const m = Math.cbrt(0.2119034982 * r! + 0.6806995451 * g! + 0.1073969566 * b!);
  const s = Math.cbrt(0.0883024619 * r! + 0.2817188376 * g! + 0.6299787005 * b!);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
};
/** Perceived difference in OKLab units (x100): about 2 is just noticeable side by side. */
const difference = (a: number[], b: number[]) => {
  const [p, q] = [oklab(a), oklab(b)];
  return 100 * Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
};

describe('the stage palette', () => {
  it.each(STAGES)('shows %s dots and swatches at 3:1 or more on the page and on a stage panel', (stage) => {
    expect(contrast(STAGE_COLOURS[stage], BACKGROUNDS.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(STAGE_COLOURS[stage], BACKGROUNDS.panel)).toBeGreaterThanOrEqual(3);
  });

  it('shows the readiness colours at 3:1 or more on a stage panel', () => {
    for (const colour of [READY_COLOUR, NOT_READY_COLOUR]) expect(contrast(colour, BACKGROUNDS.panel)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(DEFICIENCIES))('keeps every two stages apart with %s', (_, matrix) => {
    const seen = STAGES.map((stage) => simulate(linear(STAGE_COLOURS[stage]), matrix));
    const close: string[] = [];
    STAGES.forEach((a, i) =>
      STAGES.slice(i + 1).forEach((b, j) => {
        const d = difference(seen[i]!, seen[i + 1 + j]!);
        if (d < 4.5) close.push(`${a}/${b} ${d.toFixed(1)}`);
      }),
    );
    expect(close).toEqual([]);
  });
});
