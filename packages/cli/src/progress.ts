import cliProgress from 'cli-progress';

/** A progress bar on stderr for long simulations, or nothing when stderr is not a terminal (CI, pipes). */
export interface Progress {
  /** Give it to `simulate` as `onProgress`; undefined when no bar is drawn. */
  onProgress: ((done: number, total: number) => void) | undefined;
  /** Removes the bar (call before printing results). */
  stop(): void;
}

/**
 * A bar labelled `label` counting simulated days, moving within a long day too (`simulate` reports
 * fractions of a day); silent unless stderr is a TTY.
 */
export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { onProgress: undefined, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {days}/{total} simulated days, {eta_formatted} left`,
      clearOnComplete: true,
      // The cursor stays visible: Ctrl-C ends a run at once (no handler can run during a
      // simulation), and must leave the terminal as it found it.
      hideCursor: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(done, total) {
      if (!started) {
        bar.start(total, 0, { days: 0 });
        started = true;
      }
      bar.update(done, { days: Math.floor(done) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Runs `run` with a progress bar labelled `label` (see `progress`), removed when it returns or throws. */
export function withProgress<T>(
  label: string,
  run: (onProgress: Progress['onProgress']) => T,
  stream: NodeJS.WriteStream = process.stderr,
): T {
  const bar = progress(label, stream);
  try {
    return run(bar.onProgress);
  } finally {
    bar.stop();
  }
}

/** `withProgress` for a run that resolves later (on worker threads): the bar goes when it settles. */
export async function withProgressAsync<T>(
  label: string,
  run: (onProgress: Progress['onProgress']) => Promise<T>,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<T> {
  const bar = progress(label, stream);
  try {
    return await run(bar.onProgress);
  } finally {
    bar.stop();
  }
}
