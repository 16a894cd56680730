// `npm run test:stress`: the browser suite, run several times in a row while every core is kept
// busy, as on a shared CI machine or a laptop doing other work. A test that waits on time rather
// than on what the reader sees fails here first.
//
//   npm run test:stress                                      five runs of the whole suite
//   npm run test:stress -- --runs 2 tests/browser/faults.spec.ts   two runs of one spec
//
// The load is Debian's stress-ng (`stress-ng --cpu <cores>`), installed through apt when missing
// and we may (scripts/apt-install.mjs); without it, one Node worker thread per core spins in a
// busy loop instead. Stops at the first failing run; prints each run's result and duration.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { aptInstall, canAptInstall } from './apt-install.mjs';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  process.exit(2);
}
const specs = positionals;
const cores = availableParallelism();

const root = new URL('../', import.meta.url);
const node = (script) => spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
for (const script of ['scripts/ensure-chromium.mjs', 'scripts/ensure-poppler.mjs'])
  if (node(script).status !== 0) process.exit(1);

const hasStressNg = () => spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasStressNg() && canAptInstall()) {
  console.log('stress-ng not found: installing Debian’s stress-ng package…');
  aptInstall('stress-ng');
}

/** Keeps every core busy until stopped. */
function startLoad() {
  if (hasStressNg()) {
    // Its own process group, so stopping it stops its workers too. The timeout is a safety net
    // should this script be killed before it can stop the load itself.
    const stress = spawn(
      'stress-ng',
      ['--cpu', String(cores), '--timeout', `${runs * 20}m`, '--quiet'],
      { stdio: 'ignore', detached: true },
    );
    return {
      what: `stress-ng --cpu ${cores} (pid ${stress.pid})`,
      stop: () => {
        try {
          process.kill(-stress.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      },
    };
  }
  const workers = Array.from({ length: cores }, () => new Worker('for (;;) {}', { eval: true }));
  return {
    what: `${cores} Node busy-loop workers (stress-ng could not be installed)`,
    stop: () => workers.forEach((worker) => void worker.terminate()),
  };
}

function runSuite() {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npx', ['playwright', 'test', ...specs], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) =>
      resolve({
        passed: code === 0,
        code: code ?? signal,
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

const load = startLoad();
const stopLoad = () => load.stop();
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopLoad();
    process.exit(130);
  });

const target = specs.length > 0 ? specs.join(' ') : 'the whole browser suite';
const load1 = () => loadavg()[0].toFixed(2);
console.log(`test:stress: ${runs} run(s) of ${target} under ${load.what}; load average ${load1()}`);

const results = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\ntest:stress: run ${run} of ${runs}`);
  const result = await runSuite();
  results.push(result);
  console.log(
    `test:stress: run ${run} ${result.passed ? 'passed' : `FAILED (exit ${result.code})`} in ${result.seconds.toFixed(1)} s; load average ${load1()}`,
  );
  if (!result.passed) break;
}
load.stop();

console.log('\ntest:stress: summary');
results.forEach((result, index) =>
  console.log(
    `  run ${index + 1}: ${result.passed ? 'passed' : 'FAILED'}  ${result.seconds.toFixed(1).padStart(7)} s`,
  ),
);
const passed = results.filter((result) => result.passed).length;
console.log(
  `test:stress: ${passed} of ${runs} run(s) passed${passed < runs ? ', stopped at the first failure' : ''}`,
);
process.exit(passed === runs ? 0 : 1);
