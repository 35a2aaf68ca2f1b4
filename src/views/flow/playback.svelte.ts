// The simulated clock of the lead flow: which day is shown, whether it runs, and how far the dots are
// on their way from yesterday's slots to today's. The component's animation loop calls `advance`.
import { easeInOut } from './frame';

/** Days per second a viewer can pick; the first is the slowest to follow one dot, the last skims a year. */
export const SPEEDS = [1, 2, 5, 10, 20] as const;
export const DEFAULT_SPEED = 10;
/** How long one step of the day buttons takes to glide. */
const STEP_MS = 350;
/** Longest frame gap taken into account: a stalled tab must not fast-forward weeks on its return. */
const MAX_FRAME_MS = 100;

export class Playback {
  /** The day shown (0-based), or being moved to. */
  day = $state(0);
  days = $state(1);
  playing = $state(false);
  speed = $state<number>(DEFAULT_SPEED);
  /** A step between two days is gliding while paused. */
  private gliding = $state(false);
  /** The day the dots are moving from. */
  fromDay = 0;
  /** Share of the way from `fromDay` to `day`, before easing. */
  private phase = 1;
  private reducedMotion = false;

  get lastDay(): number {
    return this.days - 1;
  }

  /** Frames are needed: the clock runs or dots are still on their way. */
  get animating(): boolean {
    return this.playing || this.gliding;
  }

  /** How far the dots are on their way, eased; always there at once when motion is reduced. */
  get progress(): number {
    return this.reducedMotion ? 1 : easeInOut(Math.min(1, this.phase));
  }

  /** A new result: start from the first day and play, or show the last day still under reduced motion. */
  reset(days: number, reducedMotion: boolean): void {
    this.days = Math.max(1, days);
    this.reducedMotion = reducedMotion;
    this.gliding = false;
    this.jumpTo(reducedMotion ? this.lastDay : 0);
    this.playing = !reducedMotion;
  }

  play(): void {
    if (this.day >= this.lastDay) this.jumpTo(0);
    this.gliding = false;
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
    this.gliding = false;
    this.phase = 1;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  restart(): void {
    this.jumpTo(0);
    this.gliding = false;
    this.playing = !this.reducedMotion;
  }

  /** One day back (-1) or forward (+1); the dots glide there unless motion is reduced. */
  step(delta: number): void {
    const target = Math.min(this.lastDay, Math.max(0, this.day + delta));
    this.playing = false;
    if (target === this.day) return;
    this.fromDay = this.day;
    this.day = target;
    this.phase = this.reducedMotion ? 1 : 0;
    this.gliding = !this.reducedMotion;
  }

  /** Straight to a day, as the slider does: no glide, and the clock stops. */
  seek(day: number): void {
    this.playing = false;
    this.gliding = false;
    this.jumpTo(Math.min(this.lastDay, Math.max(0, Math.round(day))));
  }

  /** Moves the clock on by `ms` of real time. Returns whether another frame is needed. */
  advance(ms: number): boolean {
    const elapsed = Math.min(MAX_FRAME_MS, Math.max(0, ms));
    if (this.playing) {
      this.phase += (elapsed / 1000) * this.speed;
      while (this.phase >= 1 && this.playing) {
        if (this.day >= this.lastDay) {
          this.playing = false;
          this.phase = 1;
        } else {
          this.fromDay = this.day;
          this.day += 1;
          this.phase -= 1;
        }
      }
    } else if (this.gliding) {
      this.phase = Math.min(1, this.phase + elapsed / STEP_MS);
      if (this.phase >= 1) this.gliding = false;
    }
    return this.animating;
  }

  private jumpTo(day: number): void {
    this.day = day;
    this.fromDay = day;
    this.phase = 1;
  }
}
