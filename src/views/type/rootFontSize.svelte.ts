// The root font size, as a value that effects and deriveds follow. Presenter mode, a media query or the
// reader's own browser setting can change it at any time, and every drawing that sizes itself in pixels
// must then lay itself out again.
import { createSubscriber } from 'svelte/reactivity';

/** CSS's default root size, at which the charts are drawn 1:1. */
export const BASE_FONT_SIZE = 16;

class RootFontSize {
  // A hidden box 1rem wide: its width changes exactly when the root font size does, whatever the cause
  // (a class on the root, a media query, the browser's font setting), so one observer catches them all.
  #subscribe = createSubscriber((update) => {
    if (typeof ResizeObserver === 'undefined') return;
    const probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = 'position:absolute;top:0;left:0;width:1rem;height:1px;visibility:hidden;pointer-events:none';
    document.body.append(probe);
    const observer = new ResizeObserver(update);
    observer.observe(probe);
    return () => {
      observer.disconnect();
      probe.remove();
    };
  });

  /** In CSS pixels. */
  get current(): number {
    this.#subscribe();
    if (typeof document === 'undefined') return BASE_FONT_SIZE;
    return parseFloat(getComputedStyle(document.documentElement).fontSize) || BASE_FONT_SIZE;
  }
}

export const rootFontSize = new RootFontSize();
