import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED, Playback } from '../../src/views/flow/playback.svelte';

const started = (days = 30, reducedMotion = false) => {
  const playback = new Playback();
  playback.reset(days, reducedMotion);
  return playback;
};

describe('the flow’s clock', () => {
  it('starts a new result on the first day and plays it', () => {
    const playback = started();
    expect(playback.day).toBe(0);
    expect(playback.playing).toBe(true);
    expect(playback.speed).toBe(DEFAULT_SPEED);
  });

  it('moves on by `speed` days per second of real time, gliding between days', () => {
    const playback = started();
    playback.speed = 5;
    for (let k = 0; k < 10; k++) playback.advance(50);
    expect(playback.day).toBe(3);
    expect(playback.fromDay).toBe(2);
    expect(playback.progress).toBeGreaterThan(0);
    expect(playback.progress).toBeLessThan(1);
  });

  it('stops on the last day, and plays again from the start', () => {
    const playback = started(30);
    playback.speed = 20;
    for (let k = 0; k < 100 && playback.playing; k++) playback.advance(100);
    expect(playback.playing).toBe(false);
    expect(playback.day).toBe(29);
    expect(playback.advance(16)).toBe(false);
    playback.play();
    expect(playback.day).toBe(0);
    expect(playback.playing).toBe(true);
  });

  it('steps one day at a time, pausing, within the period', () => {
    const playback = started(30);
    playback.step(1);
    expect(playback.playing).toBe(false);
    expect(playback.day).toBe(1);
    expect(playback.fromDay).toBe(0);
    expect(playback.animating).toBe(true);
    while (playback.advance(50));
    expect(playback.progress).toBe(1);
    playback.step(-1);
    playback.step(-1);
    expect(playback.day).toBe(0);
    playback.seek(29);
    playback.step(1);
    expect(playback.day).toBe(29);
  });

  it('jumps straight to a day from the slider, without a glide', () => {
    const playback = started(30);
    playback.seek(12.4);
    expect(playback.day).toBe(12);
    expect(playback.playing).toBe(false);
    expect(playback.animating).toBe(false);
    expect(playback.progress).toBe(1);
  });

  it('under reduced motion shows the last day, still, and steps without easing', () => {
    const playback = started(30, true);
    expect(playback.day).toBe(29);
    expect(playback.playing).toBe(false);
    expect(playback.animating).toBe(false);
    playback.step(-1);
    expect(playback.day).toBe(28);
    expect(playback.animating).toBe(false);
    expect(playback.progress).toBe(1);
    playback.restart();
    expect(playback.day).toBe(0);
    expect(playback.playing).toBe(false);
  });

  it('does not fast-forward after a long pause between frames', () => {
    const playback = started(100);
    playback.speed = 10;
    playback.advance(0);
    const before = playback.day;
    playback.advance(60_000);
    // At most one frame's worth (a tenth of a second) of playing, not a minute's.
    expect(playback.day - before).toBeLessThanOrEqual(1);
  });
});
