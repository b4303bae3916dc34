import type { MysteryStudy } from '../scenario/presets/france-study-2022.js';

/** Growth factors of the two causes for one queue: today ÷ before (1.3: 30 % more today). */
export interface CauseFactors {
  /** Expected first-time calls, today ÷ before. */
  calls: number;
  /** Mean handle time, today ÷ before. */
  handleTime: number;
}

/** The remedies tried, each applied to every queue explained (absent fields: the defaults below). */
export interface RemedySettings {
  /**
   * Telephone appointments for complex calls: `share` of the attempts are complex requests that
   * take an appointment (default 0.2: 40 % complex, half of them booked — ASSUMPTION), at least
   * `leadSeconds` later (default 3600), missed with probability `noShow` (default 0.1), made by the
   * queue's pool with the queue's handle time. Slots per interval: the part `share` of the pool's
   * agent time in that interval, ÷ the mean handle time.
   */
  appointments?: { share?: number; leadSeconds?: number; noShow?: number };
  /** Callbacks (the `callback` block); default `{ offerAboveWait: 300, acceptance: 0.4 }` (ASSUMPTION). */
  callback?: { offerAboveWait?: number; acceptance?: number };
  /** Redials hung up when they come this soon after the previous attempt, seconds; default 600. */
  refuseWithinSeconds?: number;
  /** "Call later" when the expected wait is over this many seconds (the `dissuasion` block); default 600. */
  dissuasionExpectedWait?: number;
}

/** The remedies' settings with every default filled in. */
export interface ResolvedRemedies {
  appointments: { share: number; leadSeconds: number; noShow: number };
  callback: { offerAboveWait: number; acceptance: number };
  refuseWithinSeconds: number;
  dissuasionExpectedWait: number;
}

/** Options of `explainPickup`. */
export interface ExplainOptions {
  /** Growth factors per queue id; a queue without factors is explained with remedies only. */
  causes?: Readonly<Record<string, CauseFactors>>;
  remedies?: RemedySettings;
  /** Pickup-rate target per attempt: the agents plan's and the table's; default 0.85. */
  target?: number;
  /** Only these queues (with the pools serving only them); default every queue. */
  queues?: readonly string[];
  /** A mystery-caller study replayed in every run (its services among the queues explained). */
  study?: MysteryStudy;
  /** Master seed, the same for every run (common random numbers); default the scenario's. */
  seed?: number;
  /** Replications of each run; default 5. */
  replications?: number;
  /** Called after each simulated day of every run, with the days done and the days in all. */
  onProgress?: (done: number, total: number) => void;
}

/** What one run gives for one queue (or all queues together). */
export interface ExplainFigures {
  /** Answered ÷ offered attempts, and its 95 % confidence half-width (null with one replication). */
  pickupRate: number | null;
  pickupHalfWidth: number | null;
  /** Share of first-time callers answered on some attempt. */
  callerServedShare: number | null;
  /** Failed share of the study's test callers; null without a study. */
  mysteryFailedShare: number | null;
  /**
   * Telephone appointments made by an agent (not counted as answered: they are not pickups, and
   * their callers are not in `callerServedShare`); null in runs without appointments.
   */
  appointmentsHeld: number | null;
  /** Agent hours on duty (paid) in the pools serving the queue, a day. */
  agentHours: number;
  /** Whether the pickup rate reaches the target. */
  meetsTarget: boolean;
}

/** One run of the explanation: the baseline, a cause removed, or a remedy applied. */
export interface ExplainRun {
  /** `baseline`, `before`, `before-calls`, `before-handle-time`, `agents`, `appointments`, `callbacks`, `refuse-redials`, `dissuasion`, `all-but-agents`, `all`. */
  id: string;
  kind: 'baseline' | 'cause' | 'remedy';
  /** What the run changes, in words. */
  label: string;
  queues: Record<string, ExplainFigures>;
  total: ExplainFigures;
}

/** How much of the fall in pickup per attempt each cause explains, for one queue (or in total). */
export interface CauseShares {
  /** Pickup per attempt before both causes, and today (the baseline). */
  before: number | null;
  today: number | null;
  /** before − today, in pickup-rate units (0.25: 25 points). */
  fall: number | null;
  /** The part of the fall due to each cause (Shapley: the mean of its effect over both orders; they sum to `fall`). */
  calls: number | null;
  handleTime: number | null;
}

/** What `explainPickup` returns. */
export interface PickupExplanation {
  target: number;
  seed: number;
  replications: number;
  /** The queues explained, in the scenario's order. */
  queueIds: string[];
  /** The growth factors used, per queue. */
  causes: Record<string, CauseFactors>;
  /** The remedies' settings used, every default filled in. */
  remedies: ResolvedRemedies;
  /** Every run, in this order: baseline, causes, remedies alone, remedies combined. */
  runs: ExplainRun[];
  /** Per queue that has growth factors, and all those queues together (null when none has). */
  causeShares: { queues: Record<string, CauseShares>; total: CauseShares | null };
}
