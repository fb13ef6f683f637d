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
