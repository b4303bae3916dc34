/** One problem found in a scenario: where (`queues[1].handleTime.cv`, '' for the whole) and what. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/**
 * Thrown by `parseScenario` when a scenario is not valid. `issues` lists every problem found (not
 * only the first), each with its path; the message shows them one per line as `path: message`,
 * e.g. `queues[1].handleTime.cv: must be > 0, got -1`.
 */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    // One line per issue, even when a key or a quoted value of the scenario holds a line break.
    const oneLine = (text: string) => text.replace(/\r?\n|\r/g, '\\n');
    const lines = issues.map((i) => `${i.path === '' ? 'scenario' : oneLine(i.path)}: ${oneLine(i.message)}`);
    super(`Invalid scenario (${count}):\n${lines.join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
