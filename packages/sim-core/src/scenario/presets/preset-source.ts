/**
 * How sure a preset's figure is (the scale of `calibration/france.md`): `H` official or several
 * agreeing sources, `M` press quoting the institution, `L` dated or secondary, `EST` derived from
 * other figures, `ASSUMPTION` nothing published: a modelling choice to be calibrated.
 */
export type Confidence = 'H' | 'M' | 'L' | 'EST' | 'ASSUMPTION';

/**
 * Where one figure of a preset comes from. `path` names a value of the scenario in the notation of
 * `ScenarioError` (`queues[0].handleTime.mean`; an array as a whole: `queues[0].calls`), or, under
 * `inputs.`, a published figure the scenario's values are derived from (`inputs.caf.callsPerYear`).
 */
export interface PresetSource {
  path: string;
  value: number | readonly number[];
  confidence: Confidence;
  /** The publication, or how the value was derived from other entries. */
  source: string;
}
