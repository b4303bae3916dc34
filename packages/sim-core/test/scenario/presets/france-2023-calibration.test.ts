import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../../src/metrics/student-t.js';
import { calibrate } from '../../../src/optimize/calibrate.js';
import { replayStudy, withStudyCallers } from '../../../src/optimize/replay-study.js';
import { parseScenario } from '../../../src/scenario/parse-scenario.js';
import { france2023 } from '../../../src/scenario/presets/france-2023.js';
import {
  FRANCE_2023_CALIBRATION as FIT,
  FRANCE_2023_INPUTS,
} from '../../../src/scenario/presets/france-2023-inputs.js';
import { franceStudy2022 } from '../../../src/scenario/presets/france-study-2022.js';

// The study (Défenseur des droits + INC, autumn 2022): failed after 3 attempts of 5 minutes —
// Assurance maladie 72 %, CAF 54 %, Assurance retraite 28 %, France Travail 16 %, 40 % overall, mean
// wait over 9 minutes. The preset's agents were fitted to it with calibrate() over
// FIT.replications replications (`decroche calibrate france-2023`); these checks rerun a few of them.
describe('france2023 against the mystery-caller study', () => {
  it("reproduces each service's failed share within 3 points (plus the replay's own 99 % half-width)", () => {
    const replications = 3;
    const replay = replayStudy(france2023, { replications, seed: FIT.seed });
    const widen = studentTQuantile(0.995, replications - 1) / studentTQuantile(0.975, replications - 1);
    for (const s of [...replay.services, { ...replay.total, queue: 'all' }]) {
      const gap = Math.abs((s.simulated ?? Number.NaN) - s.study);
      expect(gap, `${s.queue}: simulated ${s.simulated} ± ${s.halfWidth} vs ${s.study}`).toBeLessThanOrEqual(
        0.03 + widen * (s.halfWidth ?? Number.NaN),
      );
    }
    expect(replay.total.meanTotalWait).toBeGreaterThan(franceStudy2022.meanWaitAbove);
    // CAF: mornings (first call 8:30–12:30) far worse than late afternoons (14:30–17:00).
    const caf = replay.report.mystery?.queues.caf?.intervals ?? [];
    const share = (from: number, to: number) => {
      const part = caf.slice(from, to);
      const failed = part.reduce((n, i) => n + i.failed, 0);
      return failed / part.reduce((n, i) => n + i.failed + i.served, 0);
    };
    expect(share(0, 8)).toBeGreaterThan(share(12, 17) + 0.2);
  });

  it("reruns the calibration on the CAF: the study's failed share lies within the range it was fitted over", () => {
    // The CAF alone (its queue, pool and streams: the same draws as in the whole preset), over the
    // range the committed fit searched (FIT.min..FIT.max around the Erlang A agents, i.e. the
    // committed agents × FIT.min / scale .. × FIT.max / scale), with no search step: calibrate()
    // simulates both ends and throws when the study's 54 % is not between them (so a CAF model that
    // moved by more than the range's worth of agents fails here), then measures the slope and the
    // uncertainty at its best end. Comparing the fitted scale with the committed one
    // is left out on purpose: with the 2 replications a test can afford, the 95 % uncertainty of
    // the scale (about ±0.5) is wider than the range (±0.05), so no such check could fail; the
    // precise claim is the first test's (failed shares within 3 points) and the committed fit's own
    // 60 replications. Cost: 5 simulations of 2 days of one service.
    const q = france2023.queues.findIndex((s) => s.id === 'caf');
    const alone = parseScenario({
      ...france2023,
      queues: [france2023.queues[q]!],
      pools: [france2023.pools[q]!],
    });
    const study = { ...franceStudy2022, services: franceStudy2022.services.filter((s) => s.queue === 'caf') };
    const scale = FRANCE_2023_INPUTS.services.find((s) => s.id === 'caf')?.agentsScale ?? Number.NaN;
    const fit = calibrate(withStudyCallers(alone, study), {
      parameters: [
        {
          queue: 'caf',
          knob: 'agentsScale',
          min: FIT.min / scale,
          max: FIT.max / scale,
          measure: 'mysteryFailedShare',
          target: 0.54,
        },
      ],
      seed: FIT.seed,
      replications: 2,
      tolerance: FIT.tolerance,
      maxIterations: 0,
    });
    // Reaching this line is the check (calibrate throws otherwise); the two ends and no step between.
    expect(fit.evaluations).toBe(5);
  });
});
