// Peak RSS growth, each measurement in a fresh process (rss.mjs): peak RSS is ruled by when V8 chooses to collect,
// so it varies from process to process, and the median of the runs is reported with the worst.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './measure.mjs';

const script = fileURLToPath(new URL('rss.mjs', import.meta.url));

/** Runs `scenario` on `receptors` in `runs` processes, one after another; returns the runs and their summary. */
export function measureMemory(scenario, receptors, runs) {
  const measured = Array.from({ length: runs }, () => {
    const output = execFileSync(process.execPath, ['--expose-gc', script, scenario, String(receptors)], {
      encoding: 'utf8',
    });
    return JSON.parse(output.slice(output.lastIndexOf('RSS ') + 4));
  });
  const growth = measured.map((run) => run.growthMb);
  return {
    scenario,
    receptors,
    growthMb: median(growth),
    worstGrowthMb: Math.max(...growth),
    retainedMb: median(measured.map((run) => run.retainedMb)),
    seconds: median(measured.map((run) => run.seconds)),
    runs: measured,
  };
}
