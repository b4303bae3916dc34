// The page of the browser tests that need no visualiser: sim-core as an app bundled by Vite imports
// it, and the page's own DOM modules, so that a test can call them in Chromium (see harness.test.ts).
import * as simCore from '@decroche/sim-core';
import * as clock from '../../../src/engine/clock.js';
import * as clockControls from '../../../src/ui/clock-controls.js';
import * as dom from '../../../src/ui/dom.js';
import * as legend from '../../../src/ui/legend.js';
import * as scenarioMenu from '../../../src/ui/scenario-menu.js';

/** What the harness page offers the tests, as `window.harness`. */
export interface Harness {
  simCore: typeof simCore;
  /** The page's modules that need a DOM, by path under src/. */
  modules: Record<string, Record<string, unknown>>;
}

const harness: Harness = {
  simCore,
  modules: {
    'engine/clock.ts': clock,
    'ui/clock-controls.ts': clockControls,
    'ui/dom.ts': dom,
    'ui/legend.ts': legend,
    'ui/scenario-menu.ts': scenarioMenu,
  },
};
(window as unknown as { harness: Harness }).harness = harness;
