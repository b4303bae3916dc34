import type { CallerStore } from './caller-store.js';

/**
 * The waiting lines of every queue: first in, first out, as doubly linked lists threaded through the
 * caller store (`next`/`prev`). Chosen over ring buffers because an abandoning caller leaves from the
 * middle: unlinking is O(1) and leaves no stale entry behind, so nothing needs compacting and memory
 * stays bounded by the callers actually waiting. O(1) per push, unshift, shift and remove.
 */
export class WaitingLines {
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly length: Int32Array;
  private readonly callers: CallerStore;

  constructor(queues: number, callers: CallerStore) {
    this.head = new Int32Array(queues).fill(-1);
    this.tail = new Int32Array(queues).fill(-1);
    this.length = new Int32Array(queues);
    this.callers = callers;
  }

  /** Puts caller `id` at the end of the line of queue `q`. */
  push(q: number, id: number): void {
    const c = this.callers;
    const tail = this.tail[q]!;
    c.prev[id] = tail;
    c.next[id] = -1;
    if (tail >= 0) c.next[tail] = id;
    else this.head[q] = id;
    this.tail[q] = id;
    this.length[q]!++;
  }

  /** Puts caller `id` at the head of the line of queue `q` (before everyone waiting). */
  unshift(q: number, id: number): void {
    const c = this.callers;
    const head = this.head[q]!;
    c.next[id] = head;
    c.prev[id] = -1;
    if (head >= 0) c.prev[head] = id;
    else this.tail[q] = id;
    this.head[q] = id;
    this.length[q]!++;
  }

  /** Takes the caller at the head of the line of queue `q` (which must not be empty). */
  shift(q: number): number {
    const id = this.head[q]!;
    this.remove(q, id);
    return id;
  }

  /** Takes caller `id` out of the line of queue `q`, wherever it stands. */
  remove(q: number, id: number): void {
    const c = this.callers;
    const prev = c.prev[id]!;
    const next = c.next[id]!;
    if (prev >= 0) c.next[prev] = next;
    else this.head[q] = next;
    if (next >= 0) c.prev[next] = prev;
    else this.tail[q] = prev;
    this.length[q]!--;
  }
}
