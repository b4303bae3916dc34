#!/usr/bin/env node
// Makes a fresh machine with only Node 20 and npm ready: installs the pinned pnpm when it is
// missing or another version, then the workspace's dependencies from the lockfile, and Debian's
// Chromium for the visualiser's browser tests when /usr/bin/chromium is missing (apt-get, through
// sudo unless already root). Idempotent and quick when everything is already there (pnpm checks the
// lockfile against node_modules).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PNPM = '12.4.2';

function run(command) {
  execSync(command, { stdio: 'inherit' });
}

function pnpmVersion() {
  try {
    return execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

if (pnpmVersion() !== PNPM) {
  console.log(`decroche setup: installing pnpm@${PNPM} (npm i -g pnpm@${PNPM})`);
  run(`npm i -g pnpm@${PNPM}`);
}
run('pnpm install --frozen-lockfile --reporter=silent');

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(
    `decroche setup: installing Debian's chromium for the browser tests (${sudo}apt-get install chromium)`,
  );
  run(`${sudo}apt-get update`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`);
}
