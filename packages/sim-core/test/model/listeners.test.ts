import { describe, expect, it } from 'vitest';
import { Listeners, type SimulationEvent } from '../../src/model/listeners.js';

const event = (type: SimulationEvent['type']): SimulationEvent => ({
  type,
  time: 1,
  queue: 'q',
  caller: 0,
  attempt: 1,
  wait: 0,
  pool: null,
});

describe('Listeners', () => {
  it('is inactive until a listener registers, and again after the last unsubscribes', () => {
    const l = new Listeners();
    expect(l.active).toBe(false);
    const heard: string[] = [];
    const stopA = l.on('answer', (e) => heard.push(`a:${e.type}`));
    const stopB = l.on('answer', (e) => heard.push(`b:${e.type}`));
    expect(l.active).toBe(true);
    l.emit(event('answer'));
    l.emit(event('block'));
    expect(heard).toEqual(['a:answer', 'b:answer']);
    stopA();
    stopA();
    l.emit(event('answer'));
    expect(heard).toEqual(['a:answer', 'b:answer', 'b:answer']);
    stopB();
    expect(l.active).toBe(false);
    expect(() => l.on('nope' as 'end', () => {})).toThrow(/event must be one of arrival, answer/);
  });
});
