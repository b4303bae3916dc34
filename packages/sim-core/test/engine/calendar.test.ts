import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar, type EventHandler } from '../../src/engine/calendar.js';

interface Fired {
  kind: number;
  payload: number;
  time: number;
}

function recorder(): EventHandler & { fired: Fired[] } {
  const fired: Fired[] = [];
  return { fired, handle: (kind, payload, time) => fired.push({ kind, payload, time }) };
}

describe('Calendar', () => {
  it('fires events in time order, then priority, then insertion order', () => {
    const calendar = new Calendar(2);
    calendar.schedule(3, 0, 1);
    calendar.schedule(1, 0, 2);
    calendar.schedule(3, 0, 3, 1);
    calendar.schedule(3, 0, 4);
    calendar.schedule(3, 0, 5, 0);
    calendar.schedule(2, 7, 6);
    const r = recorder();
    calendar.run(10, r);
    expect(r.fired.map((f) => f.payload)).toEqual([2, 6, 1, 4, 5, 3]);
    expect(r.fired[1]).toEqual({ kind: 7, payload: 6, time: 2 });
  });

  it('separates peek, step and run, and run is resumable', () => {
    const calendar = new Calendar();
    const r = recorder();
    expect(calendar.peek()).toBe(Number.POSITIVE_INFINITY);
    expect(calendar.step(r)).toBe(false);
    calendar.schedule(5, 0, 1);
    calendar.schedule(15, 0, 2);
    expect(calendar.peek()).toBe(5);
    expect(calendar.run(10, r)).toBe(1);
    expect(calendar.now).toBe(10);
    expect(calendar.peek()).toBe(15);
    expect(calendar.run(15, r)).toBe(1); // an event exactly at the horizon fires
    expect(r.fired.map((f) => f.time)).toEqual([5, 15]);
    expect(calendar.size).toBe(0);
  });

  it('delivers events the handler schedules during a run', () => {
    const calendar = new Calendar();
    const times: number[] = [];
    const handler: EventHandler = {
      handle(_kind, payload, time) {
        times.push(time);
        if (payload < 4) calendar.schedule(time + 1, 0, payload + 1);
      },
    };
    calendar.schedule(0, 0, 0);
    calendar.run(2.5, handler);
    expect(times).toEqual([0, 1, 2]);
    calendar.run(100, handler);
    expect(times).toEqual([0, 1, 2, 3, 4]);
  });

  it('cancels a pending event by handle and refuses stale handles', () => {
    const calendar = new Calendar();
    const a = calendar.schedule(1, 0, 1);
    const b = calendar.schedule(2, 0, 2);
    calendar.schedule(3, 0, 3);
    expect(calendar.cancel(b)).toBe(true);
    expect(calendar.cancel(b)).toBe(false);
    expect(calendar.cancel(-1)).toBe(false);
    expect(calendar.cancel(99)).toBe(false);
    const r = recorder();
    calendar.step(r);
    expect(calendar.cancel(a)).toBe(false); // already fired
    calendar.run(10, r);
    expect(r.fired.map((f) => f.payload)).toEqual([1, 3]);
  });

  it('recycles slots so cancelled events do not pile up', () => {
    const calendar = new Calendar(4);
    for (let i = 0; i < 100_000; i++) {
      const handle = calendar.schedule(i + 10, 0, i);
      calendar.cancel(handle);
    }
    expect(calendar.size).toBe(0);
    expect(calendar.capacity).toBe(4);
  });

  it('rejects times in the past, NaN and bad priorities', () => {
    const calendar = new Calendar();
    calendar.run(5, recorder());
    expect(() => calendar.schedule(4, 0, 0)).toThrow(/time must be ≥ now \(5\), got 4/);
    expect(() => calendar.schedule(Number.NaN, 0, 0)).toThrow(RangeError);
    expect(() => calendar.schedule(6, 0, 0, -1)).toThrow(/priority/);
    expect(() => calendar.schedule(6, 0, 0, 1.5)).toThrow(/priority/);
    expect(() => calendar.schedule(6, 0, 0, 1024)).toThrow(
      /priority must be an integer in \[0, 1023\], got 1024/,
    );
    expect(() => calendar.schedule(6, 0, 0, Number.NaN)).toThrow(/priority/);
    expect(() => calendar.schedule(6, 0, 0, 2 ** 32 + 1)).toThrow(/priority/);
    expect(calendar.schedule(6, 0, 0, 1023)).toBeGreaterThanOrEqual(0); // the highest priority is accepted
    expect(() => calendar.run(4, recorder())).toThrow(/until/);
  });

  it('matches a sorted reference under random schedules and cancels (property)', () => {
    const op = fc.oneof(
      fc.record({
        type: fc.constant('add' as const),
        time: fc.integer({ min: 0, max: 20 }),
        prio: fc.nat(3),
      }),
      fc.record({ type: fc.constant('cancel' as const), index: fc.nat(200) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const calendar = new Calendar(1);
        const live: { handle: number; time: number; prio: number; seq: number }[] = [];
        let seq = 0;
        for (const o of ops) {
          if (o.type === 'add') {
            live.push({ handle: calendar.schedule(o.time, 0, seq, o.prio), time: o.time, prio: o.prio, seq });
            seq++;
          } else if (live.length > 0) {
            const [gone] = live.splice(o.index % live.length, 1);
            expect(calendar.cancel(gone!.handle)).toBe(true);
          }
        }
        const expected = [...live]
          .sort((x, y) => x.time - y.time || x.prio - y.prio || x.seq - y.seq)
          .map((e) => e.seq);
        const r = recorder();
        calendar.run(1000, r);
        expect(r.fired.map((f) => f.payload)).toEqual(expected);
      }),
    );
  });
});

describe('Calendar timers', () => {
  it('fire in the same order as if their events were in the heap', () => {
    const calendar = new Calendar();
    const a = calendar.createTimer();
    const b = calendar.createTimer();
    calendar.schedule(5, 0, 1);
    calendar.setTimer(a, 5, 1, 2); // same time, scheduled later: after payload 1
    calendar.setTimer(b, 3, 1, 3);
    calendar.schedule(5, 0, 4, 0); // same time, later still
    calendar.schedule(5, 0, 5, 1); // lower priority class: last at t = 5
    calendar.setTimer(b, 4, 1, 6); // replaces b's pending event
    expect(calendar.size).toBe(5);
    const r = recorder();
    calendar.run(10, r);
    expect(r.fired.map((f) => f.payload)).toEqual([6, 1, 2, 4, 5]);
    expect(calendar.size).toBe(0);
  });

  it('stay idle at Infinity and reject bad input', () => {
    const calendar = new Calendar();
    const t = calendar.createTimer();
    calendar.setTimer(t, Number.POSITIVE_INFINITY, 0, 0);
    expect(calendar.size).toBe(0);
    expect(calendar.peek()).toBe(Number.POSITIVE_INFINITY);
    expect(() => calendar.setTimer(7, 1, 0, 0)).toThrow(/timer 7 does not exist/);
    calendar.run(2, recorder());
    expect(() => calendar.setTimer(t, 1, 0, 0)).toThrow(/time must be ≥ now/);
  });

  it('several timers set in any order fire in (time, priority, setting order), like heap events (property)', () => {
    // Reference: the same settings scheduled as plain events, the replaced ones cancelled.
    const setting = fc.record({
      timer: fc.nat(3),
      time: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(Number.POSITIVE_INFINITY)),
      priority: fc.nat(2),
    });
    fc.assert(
      fc.property(fc.array(setting, { maxLength: 25 }), (settings) => {
        const calendar = new Calendar();
        const reference = new Calendar();
        const timers = [0, 1, 2, 3].map(() => calendar.createTimer());
        const pending = new Map<number, number>();
        settings.forEach(({ timer, time, priority }, payload) => {
          calendar.setTimer(timers[timer]!, time, 0, payload, priority);
          const old = pending.get(timer);
          if (old !== undefined) reference.cancel(old);
          pending.delete(timer);
          if (time < Number.POSITIVE_INFINITY)
            pending.set(timer, reference.schedule(time, 0, payload, priority));
        });
        expect(calendar.size).toBe(reference.size);
        expect(calendar.peek()).toBe(reference.peek());
        const got = recorder();
        const expected = recorder();
        calendar.run(10, got);
        reference.run(10, expected);
        expect(got.fired).toEqual(expected.fired);
      }),
    );
  });

  it('re-armed from their own handler, interleave with heap events by time (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { maxLength: 30 }),
        (gaps, times) => {
          const calendar = new Calendar(2);
          const timer = calendar.createTimer();
          let k = 0;
          const fired: number[] = [];
          const handler: EventHandler = {
            handle(kind, _payload, time) {
              fired.push(time);
              if (kind === 1 && k < gaps.length) calendar.setTimer(timer, time + gaps[k++]!, 1, 0);
            },
          };
          calendar.setTimer(timer, 0, 1, 0);
          for (const t of times) calendar.schedule(t, 0, 0);
          calendar.run(1000, handler);
          expect(fired).toHaveLength(1 + gaps.length + times.length);
          for (let i = 1; i < fired.length; i++) expect(fired[i]!).toBeGreaterThanOrEqual(fired[i - 1]!);
        },
      ),
    );
  });
});
