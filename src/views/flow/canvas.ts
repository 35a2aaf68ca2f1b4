// Drawing on the flow's canvas. The one place that knows about the screen's pixel density.
import type { FrameBuffers } from './frame';

/**
 * Gives the canvas a backing store of `width` x `height` CSS pixels at the screen's density and returns
 * a context that draws in CSS pixels: sharp dots on HiDPI screens and projectors alike.
 */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  const context = canvas.getContext('2d');
  context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}

/** Below this radius a square is indistinguishable from a disc and much cheaper to fill. */
const SQUARE_BELOW = 1.25;
const TAU = Math.PI * 2;

/**
 * Paints every dot, one path per colour (`colours[k]` for colour index k): a few fills a frame instead
 * of thousands.
 */
export function paintDots(
  context: CanvasRenderingContext2D,
  frame: FrameBuffers,
  colours: readonly string[],
  radius: number,
  width: number,
  height: number,
): void {
  context.clearRect(0, 0, width, height);
  const { xs, ys, colour } = frame;
  const square = radius < SQUARE_BELOW;
  const side = radius * 2;
  for (let c = 0; c < colours.length; c++) {
    context.fillStyle = colours[c]!;
    context.beginPath();
    for (let k = 0; k < xs.length; k++) {
      if (colour[k] !== c) continue;
      const x = xs[k]!;
      // Leads not created yet have no position.
      if (Number.isNaN(x)) continue;
      const y = ys[k]!;
      if (square) context.rect(x - radius, y - radius, side, side);
      else {
        context.moveTo(x + radius, y);
        context.arc(x, y, radius, 0, TAU);
      }
    }
    context.fill();
  }
}
