/**
 * Priority of the model's events among events at the same instant (lower first): staffing changes
 * before departures, departures before abandonments, abandonments before arrivals (first calls,
 * redials and any behaviour's attempts use `arrival`).
 */
export const EventPriority = {
  boundary: 0,
  warmup: 1,
  end: 2,
  abandon: 3,
  arrival: 4,
} as const;
