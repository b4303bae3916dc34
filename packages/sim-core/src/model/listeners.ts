/** What a listener of a running simulation can hear: an attempt arrives, is answered, hangs up, is blocked, or its call ends. */
export type SimulationEventType = 'arrival' | 'answer' | 'abandon' | 'block' | 'end';

/** One event of one attempt, given to listeners registered with `on`. */
export interface SimulationEvent {
  type: SimulationEventType;
  /** Simulated time, seconds from the start of the run. */
  time: number;
  /** Queue id. */
  queue: string;
  /** Caller id (recycled after the caller leaves: unique among callers present at once). */
  caller: number;
  /** Attempt number, 1 for a first call. */
  attempt: number;
  /** Seconds waited: until answered (answer, end) or until hanging up (abandon); 0 otherwise. */
  wait: number;
  /** Pool id of the agent (answer, end); null otherwise. */
  pool: string | null;
}

export type SimulationListener = (event: SimulationEvent) => void;

const TYPES: readonly SimulationEventType[] = ['arrival', 'answer', 'abandon', 'block', 'end'];

/**
 * The listeners of a simulation. The model checks the boolean `active` before building any event
 * object, so a simulation nobody listens to allocates nothing for them.
 */
export class Listeners {
  /** True when at least one listener is registered. */
  active = false;
  private readonly byType = new Map<SimulationEventType, SimulationListener[]>();

  /** Registers `listener` for `type`; returns a function that unregisters it. Throws on an unknown type. */
  on(type: SimulationEventType, listener: SimulationListener): () => void {
    if (!TYPES.includes(type))
      throw new RangeError(`event must be one of ${TYPES.join(', ')}, got ${String(type)}`);
    const list = this.byType.get(type) ?? [];
    list.push(listener);
    this.byType.set(type, list);
    this.active = true;
    return () => {
      const at = list.indexOf(listener);
      if (at >= 0) list.splice(at, 1);
      this.active = [...this.byType.values()].some((l) => l.length > 0);
    };
  }

  /** Calls the listeners of `event.type`, in registration order. */
  emit(event: SimulationEvent): void {
    const list = this.byType.get(event.type);
    if (list === undefined) return;
    for (const listener of [...list]) listener(event);
  }
}
