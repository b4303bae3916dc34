import { describe, expect, it } from 'vitest';
import { parseClockTime, SimClock, SPEEDS, STEP_SECONDS, timeOfDay } from '../../src/engine/clock.js';

describe('SimClock', () => {
  it('advances by the elapsed wall time times the speed, whatever the number of frames', () => {
    const few = new SimClock();
    const many = new SimClock();
    few.speed = many.speed = 240;
    // 0.2 s of wall time as 2 long frames or 20 short ones; the simulation keeps up (arrived).
    for (let i = 0; i < 2; i++) few.arrived(few.tick(100));
    for (let i = 0; i < 20; i++) many.arrived(many.tick(10));
    expect(few.target).toBeCloseTo(48, 9);
    expect(many.target).toBeCloseTo(48, 9);
  });

  it('waits for a simulation that falls behind: at most a quarter of a wall second ahead', () => {
    const clock = new SimClock();
    clock.speed = 3600;
    expect(clock.tick(2000)).toBe(900);
    expect(clock.tick(2000)).toBe(900);
    clock.arrived(900);
    expect(clock.tick(100)).toBe(1260);
  });

  it('stands still when paused, steps one minute and pauses, and stops at the horizon', () => {
    const clock = new SimClock();
    clock.reset(100);
    clock.playing = false;
    expect(clock.tick(1000)).toBe(0);
    clock.playing = true;
    expect(clock.step()).toBe(STEP_SECONDS);
    expect(clock.playing).toBe(false);
    expect(clock.step()).toBe(100);
  });

  it('pauses where the simulation is, not where the clock had asked it to be', () => {
    const clock = new SimClock();
    clock.speed = 600;
    clock.tick(100);
    clock.arrived(30);
    clock.setPlaying(false);
    expect(clock.target).toBe(30);
    expect(clock.step()).toBe(30 + STEP_SECONDS);
  });

  it('moves through the speeds one by one, within 1× and 3600×', () => {
    const clock = new SimClock();
    clock.speed = 1;
    expect(clock.changeSpeed(-1)).toBe(1);
    const seen = [clock.speed];
    while (clock.speed < 3600) seen.push(clock.changeSpeed(1));
    expect(seen).toEqual(SPEEDS);
    expect(clock.changeSpeed(1)).toBe(3600);
  });
});

describe('timeOfDay', () => {
  it('shows the clock time from the opening time, with the day when there are several', () => {
    const opensAt = parseClockTime('08:30', 0);
    expect(timeOfDay(0, opensAt, 30600, 1)).toBe('08:30:00');
    expect(timeOfDay(3725, opensAt, 30600, 1)).toBe('09:32:05');
    expect(timeOfDay(30600 + 60, opensAt, 30600, 2)).toBe('day 2, 08:31:00');
  });

  it('falls back when the opening time is absent or malformed', () => {
    expect(parseClockTime(undefined, 42)).toBe(42);
    expect(parseClockTime('8h30', 42)).toBe(42);
    expect(parseClockTime('9:05', 0)).toBe(9 * 3600 + 300);
  });
});
