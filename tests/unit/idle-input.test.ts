// @vitest-environment jsdom
// Idle work waits for a pause in the user's clicks and keys (schedule/idle.ts).
import { describe, expect, it } from 'vitest';

import { afterNextPaint, whenSettled } from '../../src/lib/schedule/idle';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('whenSettled and a busy user', () => {
  it('holds idle work while the user clicks, and runs it after a second of quiet', async () => {
    const ran: string[] = [];
    // No map on this page: the fallback starts the work at once.
    whenSettled(() => ran.push('idle'), { fallback: 0 });
    whenSettled(() => ran.push('urgent'), { fallback: 0, idle: false });
    window.dispatchEvent(new Event('pointerdown'));
    await tick(400);
    expect(ran).toEqual(['urgent']);
    window.dispatchEvent(new Event('keydown'));
    await tick(700);
    expect(ran).toEqual(['urgent']);
    await tick(900);
    expect(ran).toEqual(['urgent', 'idle']);
  });
});

describe('whenSettled and the user’s intent', () => {
  it('holds speculative work until the hand is on the page, or until the quiet period ends', async () => {
    const ran: string[] = [];
    whenSettled(() => ran.push('on intent'), { fallback: 0, idle: false, intent: true, quiet: 300 });
    whenSettled(() => ran.push('after quiet'), { fallback: 0, idle: false, intent: true, quiet: 300 });
    whenSettled(() => ran.push('cancelled'), { fallback: 0, idle: false, intent: true, quiet: 300 })();
    await tick(100);
    expect(ran).toEqual([]);
    // The pointer moving over the page: both pending tasks start (the first sign is for all of them).
    window.dispatchEvent(new Event('pointermove'));
    await tick(50);
    expect(ran).toEqual(['on intent', 'after quiet']);
    // Nobody on the page: the quiet period starts it anyway, once.
    whenSettled(() => ran.push('unattended'), { fallback: 0, idle: false, intent: true, quiet: 150 });
    await tick(100);
    expect(ran).toHaveLength(2);
    await tick(150);
    expect(ran).toEqual(['on intent', 'after quiet', 'unattended']);
    window.dispatchEvent(new Event('keydown'));
    await tick(50);
    expect(ran).toHaveLength(3);
  });
});

describe('afterNextPaint', () => {
  it('runs once, in a task after the next frame, and not at all once cancelled', async () => {
    const ran: string[] = [];
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    afterNextPaint(() => ran.push(framed ? 'after the frame' : 'before the frame'));
    const cancel = afterNextPaint(() => ran.push('cancelled'));
    cancel();
    expect(ran).toEqual([]);
    await tick(300);
    // The 250 ms guard does not run it a second time.
    expect(ran).toEqual(['after the frame']);
  });
});
