import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progress, withProgress } from '../src/progress.js';

function fakeStream(isTTY: boolean) {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 120, cursorTo() {}, clearLine() {}, moveCursor() {} });
  return { stream, written: () => written };
}

describe('progress', () => {
  it('draws nothing and hands simulate no callback when stderr is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const bar = progress('simulating', stream);
    expect(bar.onProgress).toBeUndefined();
    bar.stop();
    expect(written()).toBe('');
  });

  it('counts simulated days on a terminal', () => {
    const { stream, written } = fakeStream(true);
    const bar = progress('simulating caf', stream);
    bar.onProgress?.(1, 4);
    bar.onProgress?.(4, 4);
    bar.stop();
    expect(written()).toContain('simulating caf [');
    expect(written()).toContain('4/4 simulated days');
    // Never hides the cursor, so a run stopped by Ctrl-C leaves the terminal as it was.
    expect(written()).not.toContain('\x1b[?25l');
  });

  it('counts whole days while simulate reports fractions of a long day', () => {
    const { stream, written } = fakeStream(true);
    const bar = progress('simulating caf', stream);
    bar.onProgress?.(2.5, 4);
    bar.stop();
    expect(written()).toContain('2/4 simulated days');
    expect(written()).not.toContain('2.5');
  });

  it('runs a job with a bar and returns its result, removing the bar even when the job throws', () => {
    const { stream, written } = fakeStream(true);
    const days = withProgress(
      'sweeping',
      (onProgress) => {
        onProgress?.(2, 2);
        return 2;
      },
      stream,
    );
    expect(days).toBe(2);
    expect(written()).toContain('2/2 simulated days');
    expect(() =>
      withProgress(
        'failing',
        () => {
          throw new RangeError('too large');
        },
        fakeStream(false).stream,
      ),
    ).toThrow('too large');
  });
});
