import { z } from 'zod';

const MESSAGE = 'must be a clock time such as 08:30';

/** The zod schema of a clock time `HH:MM` or `HH:MM:SS` (24-hour clock; `8:30` accepted). */
export const clockTimeSchema = z
  .string({ error: MESSAGE })
  .regex(/^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { error: MESSAGE });
