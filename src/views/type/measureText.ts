// Text widths for layouts that must leave room for their labels before anything is drawn.

/** Width of `text` in CSS pixels when set in bold (or not) at `size` pixels. */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

/** Wide (CJK) characters take a full em; other characters about 0.62 of one in a bold sans-serif. */
export const estimateText: MeasureText = (text, size) =>
  [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? size : 0.62 * size), 0);

/**
 * Measures in the font that `element` inherits. Falls back to an estimate where there is no canvas to
 * measure with (jsdom in the component tests).
 */
export function measurerFor(element: Element): MeasureText {
  if (typeof CanvasRenderingContext2D === 'undefined') return estimateText;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateText;
  const family = getComputedStyle(element).fontFamily;
  return (text, size, bold = false) => {
    context.font = `${bold ? 700 : 400} ${size}px ${family}`;
    return context.measureText(text).width;
  };
}
