import { analyze } from '../../../src/analytic/analyze.js';
import {
  type FranceServiceInputs,
  FRANCE_2023_INPUTS as IN,
} from '../../../src/scenario/presets/france-2023-inputs.js';

/** One service's day as the preset derives it from its inputs. */
export interface DerivedServiceDay {
  id: string;
  /** Attempts (first calls and redials) reaching the platform per day. */
  attemptsPerDay: number;
  /** Expected first-time calls per interval (rounded). */
  calls: number[];
  /** Agents on duty, the same in every interval: the Erlang A agents × the fitted agents scale. */
  agents: number;
  /** The fewest agents meeting the study's per-attempt failure in Erlang A (before the fitted scale). */
  erlangAgents: number;
  /** Per-attempt pickup rate per interval (Erlang A at the attempt rate). */
  pickupRate: number[];
  /** Attempt-weighted share of attempts that would wait over `mysteryWaitSeconds` (see below). */
  mysteryFailure: number;
  /** Attempts answered per day. */
  answeredPerDay: number;
}

/** Steady-state Erlang A figures of one interval at `attempts` attempts. */
function intervalMetrics(attempts: number, service: FranceServiceInputs, agents: number) {
  const m = analyze({
    arrivalRate: attempts / IN.intervalSeconds,
    aht: service.aht,
    agents,
    patience: IN.patienceMean,
  });
  // A mystery caller waits exactly `mysteryWaitSeconds`: its attempt succeeds when the wait it would
  // have is shorter. Estimated by the share of answered calls answered within that time,
  // serviceLevel(t) / pickupRate = P(wait ≤ t | answered), exact in the large-system (fluid) limit
  // where the wait of an interval is nearly deterministic.
  const failure = m.pickupRate > 0 ? 1 - m.serviceLevel(IN.mysteryWaitSeconds) / m.pickupRate : 1;
  return { pickupRate: m.pickupRate, failure };
}

function dayAt(service: FranceServiceInputs, attemptsPerDay: number, agents: number) {
  let failure = 0;
  let answered = 0;
  const pickupRate: number[] = [];
  for (const share of IN.profile) {
    const attempts = attemptsPerDay * share;
    const m = intervalMetrics(attempts, service, agents);
    failure += share * m.failure;
    answered += attempts * m.pickupRate;
    pickupRate.push(m.pickupRate);
  }
  return { failure, answered, pickupRate };
}

/** The fewest agents (flat over the day) whose attempt-weighted mystery failure is at most the target. */
function agentsFor(service: FranceServiceInputs, attemptsPerDay: number): number {
  let lo = 0; // fails the target (or is 0)
  let hi = 1;
  while (dayAt(service, attemptsPerDay, hi).failure > service.mysteryFailure) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayAt(service, attemptsPerDay, mid).failure > service.mysteryFailure) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Attempts per day: given, or (Assurance retraite) the volume at which the staffing that meets the
 * study's failure rate answers `answeredPerDay` calls, rounded to the hundred.
 */
function attemptsFor(service: FranceServiceInputs): number {
  if (service.attemptsPerDay !== undefined) return service.attemptsPerDay;
  const target = service.answeredPerDay ?? 0;
  let lo = target;
  let hi = target * 10;
  while (hi - lo > 10) {
    const mid = (lo + hi) / 2;
    if (dayAt(service, mid, agentsFor(service, mid)).answered < target) lo = mid;
    else hi = mid;
  }
  return Math.round(hi / 100) * 100;
}

/**
 * Derives the France preset's calls and agents from its inputs (france-2023-inputs.ts):
 * 1. attempts per interval = attempts per day × the intraday profile;
 * 2. agents, flat over the day: the fewest with which the attempt-weighted share of attempts that
 *    would wait over 5 minutes (Erlang A per interval, at the attempt rate) is at most the study's
 *    per-attempt failure (EST from the mystery-caller study);
 * 3. first-time calls = attempts × (1 − redial probability × (1 − pickup rate)): each failed attempt
 *    redials with that probability, as if the redial came back in the same interval (a stationary
 *    approximation; the simulation delays it by the redial delay);
 * 4. the agents on duty: those Erlang A agents × the service's `agentsScale`, fitted by simulation
 *    (`calibrate`) so that the study's test callers, following its protocol among the simulated
 *    callers, fail as often as the study found.
 * Steps 1–3 and the pickup rates are those of the Erlang A agents (the volumes are published figures;
 * the fit moves only the staff).
 * Test code (not part of the library): the tests check the preset against it. Cost: a few thousand `analyze`
 * calls, some milliseconds.
 */
export function deriveFrance2023(): DerivedServiceDay[] {
  return IN.services.map((service) => {
    const attemptsPerDay = attemptsFor(service);
    const erlangAgents = agentsFor(service, attemptsPerDay);
    const day = dayAt(service, attemptsPerDay, erlangAgents);
    const calls = IN.profile.map((share, i) =>
      Math.round(attemptsPerDay * share * (1 - IN.redialProbability * (1 - (day.pickupRate[i] ?? 0)))),
    );
    return {
      id: service.id,
      attemptsPerDay,
      calls,
      agents: Math.round(erlangAgents * service.agentsScale),
      erlangAgents,
      pickupRate: day.pickupRate,
      mysteryFailure: day.failure,
      answeredPerDay: day.answered,
    };
  });
}
