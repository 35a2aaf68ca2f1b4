// A slider over several decades (100 to 100,000 leads) moves in equal ratios: linear steps would spend
// almost all of its length above 10,000 and make small populations impossible to pick.

/** Slider positions per tenfold change. */
const STEPS_PER_DECADE = 20;

/** Two significant digits: the values a slider lands on read as round numbers (110, 1,300, 56,000). */
function round2(value: number): number {
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}

export const logSteps = (min: number, max: number): number =>
  Math.round(Math.log10(max / min) * STEPS_PER_DECADE);

export const logPosition = (value: number, min: number, max: number): number =>
  Math.min(logSteps(min, max), Math.max(0, Math.round(Math.log10(value / min) * STEPS_PER_DECADE)));

export const logValue = (position: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, round2(min * 10 ** (position / STEPS_PER_DECADE))));
