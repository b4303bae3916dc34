import { z } from 'zod';
import { createDistribution } from '../../random/create-distribution.js';
import type { Distribution, Rng } from '../../random/types.js';
import { distributionSpecSchema } from '../../scenario/distribution-spec-schema.js';
import { type Behaviour, type BehaviourHost, defineBehaviour } from './behaviour.js';

/** The voice server (the `ivr` block of a queue): a share of first calls settled there. */
export const ivrSchema = z.strictObject({
  /** Share of first calls the voice server settles: never offered to agents. */
  share: z.number().min(0).max(1),
  /** Time a settled call spends in the voice server (reported as `selfServedSeconds`). */
  time: distributionSpecSchema,
});

/** The voice server: a `share` of first calls is settled there after `time`, never reaching an agent. */
export type IvrSpec = z.output<typeof ivrSchema>;

/** A queue's voice server as the model reads it. */
export interface IvrConfig {
  share: number;
  time: Distribution;
  /** Draws whether a first call is settled, then its time (the other streams stay untouched). */
  rng: Rng;
}

/** The voice-server behaviour: the `admit` hook settles a share of first calls, counted `selfServed`. */
class VoiceServer implements Behaviour {
  private readonly host: BehaviourHost;
  private readonly configs: readonly (IvrConfig | null)[];
  private readonly selfServed: number;
  private readonly seconds: number;

  constructor(host: BehaviourHost, configs: readonly (IvrConfig | null)[], counters: readonly number[]) {
    this.host = host;
    this.configs = configs;
    this.selfServed = counters[0]!;
    this.seconds = counters[1]!;
  }

  admit(id: number, q: number, _t: number): boolean {
    const c = this.host.callers;
    if (c.attempt[id] !== 1) return false;
    const config = this.configs[q]!;
    const rng = config.rng;
    if (rng() >= config.share) return false;
    this.host.count(id, this.selfServed);
    this.host.count(id, this.seconds, config.time.sample(rng));
    this.host.release(id);
    return true;
  }
}

/** The `ivr` block: the voice server settles a share of first calls. */
export const ivr = defineBehaviour({
  key: 'ivr',
  switchable: true,
  schema: ivrSchema,
  counters: [
    { name: 'selfServed', offered: false },
    { name: 'selfServedSeconds', offered: false },
  ],
  events: 0,
  resolve(spec, { queue, path, streams }): IvrConfig | null {
    if (spec.share === 0) return null;
    return {
      share: spec.share,
      time: createDistribution(spec.time, `${path}.time`),
      rng: streams.stream(`ivr/${queue.id}`),
    };
  },
  attach: (host, configs, { counters }) => new VoiceServer(host, configs, counters),
});
