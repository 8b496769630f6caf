// `npm run bench`: builds the app, serves the production build on localhost and measures it in
// Chromium over several runs (medians), beside a minimal Vite + React page as the floor. Prints a
// table and writes .bench/results.json. Figures, not pass/fail: these machines are shared and noisy.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { firstLoad, precacheBytes } from './first-load.mjs';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

function run(cmd, args, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

async function serve(dist, port) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      dist,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${port} did not start`);
}

async function browser() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    serviceWorkers: 'allow',
    viewport: { width: 1280, height: 900 },
  });
  // Records when the first <h1> appears: the page is rendered and usable.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')) {
        window.__firstHeading = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } }; // prettier-ignore
}

const headingTime = async (page) => {
  await page.waitForFunction(() => window.__firstHeading !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__firstHeading);
};

async function coldLoad(url) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const b = await browser();
    await b.page.goto(url);
    times.push(await headingTime(b.page));
    await b.close();
  }
  return median(times);
}

async function offlineStart(url) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const b = await browser();
    await b.page.goto(url);
    await b.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    await b.context.setOffline(true);
    await b.page.reload();
    times.push(await headingTime(b.page));
    await b.close();
  }
  return median(times);
}

/** Time from a click on a level to the answer being readable from IndexedDB, over 100 answers. */
async function saveLatency(url) {
  const b = await browser();
  const { page } = b;
  await page.goto(`${url}#/new`);
  await page.getByLabel('Name of the city or community').fill('Benchmark');
  await page.getByRole('button', { name: 'Create and start answering' }).click();
  await page.locator('section[data-item-id] input[type=radio]').first().waitFor();
  const latencies = await page.evaluate(async () => {
    const open = () => new Promise((resolve, reject) => { const r = indexedDB.open('eif4scc-self-assessment'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); }); // prettier-ignore
    const db = await open();
    const read = (key) => new Promise((resolve) => { const r = db.transaction('answers').objectStore('answers').get(key); r.onsuccess = () => resolve(r.result); r.onerror = () => resolve(undefined); }); // prettier-ignore
    const sections = [...document.querySelectorAll('section[data-item-id]')];
    const assessmentId = location.hash.split('/')[2];
    const out = [];
    for (let i = 0; i < 100; i += 1) {
      const section = sections[i % sections.length];
      const radios = section.querySelectorAll('input[type=radio]');
      const level = (Math.floor(i / sections.length) % 5) + 1;
      const input = [...radios].find((r) => r.value === String(level) && !r.checked) ?? radios[level % 5];
      const itemId = section.getAttribute('data-item-id');
      const questionnaireId = input.name.slice(0, input.name.length - itemId.length - '-level'.length - 1);
      const want = input.value === 'na' ? 'na' : Number(input.value);
      const t0 = performance.now();
      input.click();
      for (;;) {
        const row = await read([assessmentId, questionnaireId, itemId]);
        if (row && row.value === want) break;
        await new Promise((r) => setTimeout(r, 0));
      }
      out.push(performance.now() - t0);
    }
    db.close();
    return out;
  });
  await b.close();
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/**
 * Time from a click on "Download the PDF report" to the download, for a full EIF4SCC assessment
 * (every item answered, a note on each), in English. The first run also loads the PDF library and fonts.
 */
async function pdfExport(url) {
  const b = await browser();
  const { page } = b;
  try {
    await page.goto(`${url}#/new`);
    await page.getByLabel('Name of the city or community').fill('Benchmark');
    const choices = page.getByRole('group', { name: 'Questionnaires to include' }).getByRole('checkbox');
    for (const choice of await choices.all()) {
      const label = await choice.evaluate((el) => el.labels?.[0]?.textContent ?? '');
      await choice.setChecked(label === 'EIF4SCC interoperability self-assessment');
    }
    await page.getByRole('button', { name: 'Create and start answering' }).click();
    let answered = 0;
    for (;;) {
      const sections = page.locator('section[data-item-id]');
      await sections.first().waitFor();
      for (const section of await sections.all()) {
        await section.locator(`input[type=radio][value="${(answered % 5) + 1}"]`).check();
        await section.getByLabel('Notes').fill(`Note ${answered + 1}: evidence reviewed by the benchmark.`);
        answered += 1;
      }
      const next = page.locator('.pager button.primary');
      if ((await next.count()) === 0) break;
      const first = await sections.first().getAttribute('data-item-id');
      await next.click();
      await page.waitForFunction((id) => document.querySelector('section[data-item-id]')?.getAttribute('data-item-id') !== id, first); // prettier-ignore
    }
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.goto(page.url().replace(/\/answer\/.*$/, '/export'));
    const button = page.getByRole('button', { name: 'Download the PDF report' });
    await button.waitFor();
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      await Promise.all([page.waitForEvent('download'), button.click()]);
      times.push(performance.now() - t0);
      await page.locator('[data-testid="export-status"][data-state="done"]').waitFor();
    }
    return { ms: median(times), answered };
  } finally {
    await b.close();
  }
}

/** Scores a full EIF4SCC assessment in Node through Vite's module loader (the same domain code). */
async function scoringTime() {
  const { createServer } = await import('vite');
  const server = await createServer({
    root,
    configFile: false,
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'silent',
  });
  try {
    const { scoreQuestionnaire } = await server.ssrLoadModule('/src/domain/scoring/score.ts');
    const { loadQuestionnaire } = await server.ssrLoadModule('/src/domain/questionnaire/load.ts');
    const { default: json } = await server.ssrLoadModule('/questionnaires/eif4scc/1.0.0.json');
    const q = loadQuestionnaire(json, 'eif4scc').value;
    const answers = new Map(q.items.map((item, i) => [item.id, (i % 5) + 1]));
    const lookup = (id) => answers.get(id);
    for (let i = 0; i < 200; i += 1) scoreQuestionnaire(q, lookup);
    const samples = [];
    for (let run = 0; run < RUNS; run += 1) {
      const t0 = performance.now();
      for (let i = 0; i < 1000; i += 1) scoreQuestionnaire(q, lookup);
      samples.push((performance.now() - t0) / 1000);
    }
    return median(samples);
  } finally {
    await server.close();
  }
}

/** The floor: a minimal Vite + React page built and measured the same way. */
async function buildFloor() {
  const dir = join(root, '.bench', 'floor');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>floor</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'src', 'main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Floor</h1>);\n",
  );
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: join(dir, 'dist') },
  });
  return join(dir, 'dist');
}

/** A synthetic NDJSON pool of `count` EIF4SCC records, made once by the generator script. */
function benchPool(count) {
  const file = join(root, '.bench', `pool-${count}.ndjson`);
  if (!existsSync(file)) {
    run(process.execPath, [join(root, 'scripts/generate-synthetic-pool.mjs'), '--count', String(count), '--format', 'ndjson', '--questionnaire', 'eif4scc', '--out', file]); // prettier-ignore
  }
  return file;
}

/**
 * Through the interface, as a user does it: imports a pool of `count` records on the benchmark
 * screen (time from choosing the file to the "Imported" message; the longest main-thread task
 * meanwhile shows whether the page stayed responsive), then changes the peer group filter and times
 * each change until the new statistics are on screen.
 */
async function peerBenchmark(url, count) {
  const file = benchPool(count);
  const b = await browser();
  const { page } = b;
  try {
    await page.goto(`${url}#/new`);
    await page.getByLabel('Name of the city or community').fill('Benchmark');
    await page.getByRole('button', { name: 'Create and start answering' }).click();
    await page.locator('section[data-item-id] input[type=radio]').first().waitFor();
    for (const section of await page.locator('section[data-item-id]').all()) await section.locator('input[type=radio]').nth(2).check(); // prettier-ignore
    await page.getByRole('link', { name: 'Benchmark', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Peer pools' }).waitFor();
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const t0 = Date.now();
    await page.getByLabel('Pool files (JSON or NDJSON, several at once)').setInputFiles(file);
    await page.getByText(`Imported ${count} records`, { exact: false }).waitFor({ timeout: 300_000 });
    const importMs = Date.now() - t0;
    const longestTaskMs = await page.evaluate(() => window.__longest);
    await page.getByTestId('overall-table').waitFor({ timeout: 120_000 });
    const country = page.getByLabel('Country', { exact: true });
    const samples = [];
    for (const [i, value] of ['FR', 'DE', '', 'IT', 'ES', '', 'FR', 'PL', 'CZ', ''].entries()) {
      const before = await page.getByTestId('peer-count').textContent();
      const t = await page.evaluate(async (v) => {
        const select = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === 'Country');
        const target = document.querySelector('[data-testid="peer-count"]');
        const start = performance.now();
        let seenBusy = false;
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const busy = document.querySelector('section[aria-busy]')?.getAttribute('aria-busy') === 'true';
            seenBusy ||= busy;
            if (seenBusy && !busy) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(document.getElementById('main'), { subtree: true, childList: true, attributes: true, characterData: true }); // prettier-ignore
        });
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
        setter.call(select, v);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        void target;
        return done;
      }, value);
      if (i > 0) samples.push(t);
      void before;
    }
    await country.selectOption('');
    return { importMs, longestTaskMs, filterMs: { p50: median(samples), max: Math.max(...samples) } };
  } finally {
    await b.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => (Number.isFinite(x) ? (x < 1 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(1)} ms`) : 'n/a');

/** `BENCH_ONLY=peers npm run bench`: the peer-pool figures alone. */
async function peersOnly() {
  run('npm', ['run', 'build', '--silent']);
  const app = await serve(join(root, 'dist'), Number(process.env.E2E_PORT_BASE ?? 4400));
  try {
    for (const count of [10_000, 100_000]) console.log(count, await peerBenchmark(app.url, count));
  } finally {
    app.stop();
  }
}

async function main() {
  if (process.env.BENCH_ONLY === 'peers') return peersOnly();
  run('npm', ['run', 'build', '--silent']);
  const floorDist = await buildFloor();
  // Ports from E2E_PORT_BASE (+0, +1), so that several checkouts can measure side by side.
  const base = Number(process.env.E2E_PORT_BASE ?? 4400);
  const app = await serve(join(root, 'dist'), base);
  const floor = await serve(floorDist, base + 1);
  try {
    const appSize = firstLoad(join(root, 'dist'));
    const floorSize = firstLoad(floorDist);
    const peers10k = await peerBenchmark(app.url, 10_000);
    const peers100k = await peerBenchmark(app.url, 100_000);
    const results = {
      date: new Date().toISOString(),
      runs: RUNS,
      metrics: {
        coldFirstLoadMs: { app: await coldLoad(app.url), floor: await coldLoad(floor.url) },
        offlineStartMs: { app: await offlineStart(app.url), floor: null, note: 'the floor has no service worker' },
        saveLatencyMs: { app: await saveLatency(app.url), floor: null },
        scoreFullAssessmentMs: { app: await scoringTime(), floor: null },
        peerStatistics10kMs: { app: peers10k.filterMs, floor: null, note: 'filter change → statistics on screen' },
        peerStatistics100kMs: { app: peers100k.filterMs, floor: null, note: 'filter change → statistics on screen' },
        import10kRecordsMs: { app: peers10k.importMs, floor: null },
        import100kRecordsMs: { app: peers100k.importMs, floor: null, longestMainThreadTaskMs: peers100k.longestTaskMs },
        pdfExportMs: { app: await pdfExport(app.url), floor: null },
        firstLoadJsGzipBytes: { app: appSize.jsGzip, floor: floorSize.jsGzip },
        precacheBytes: { app: precacheBytes(join(root, 'dist')), floor: null },
      },
    };
    const m = results.metrics;
    const rows = [
      ['cold first load to first heading', ms(m.coldFirstLoadMs.app), ms(m.coldFirstLoadMs.floor)],
      ['offline start to first heading', ms(m.offlineStartMs.app), '–'],
      ['input → committed in IndexedDB, p50 (100 answers)', ms(m.saveLatencyMs.app.p50), '–'],
      ['input → committed in IndexedDB, p95 (100 answers)', ms(m.saveLatencyMs.app.p95), '–'],
      ['score a full EIF4SCC assessment (30 items)', ms(m.scoreFullAssessmentMs.app), '–'],
      ['peer statistics after a filter change, 10,000 peers, p50 / max', `${ms(m.peerStatistics10kMs.app.p50)} / ${ms(m.peerStatistics10kMs.app.max)}`, '–'], // prettier-ignore
      ['peer statistics after a filter change, 100,000 peers, p50 / max', `${ms(m.peerStatistics100kMs.app.p50)} / ${ms(m.peerStatistics100kMs.app.max)}`, '–'], // prettier-ignore
      ['import of 10,000 records (NDJSON, through the UI)', ms(m.import10kRecordsMs.app), '–'],
      ['import of 100,000 records (NDJSON, through the UI)', ms(m.import100kRecordsMs.app), '–'],
      ['longest main-thread task during the 100,000 import', ms(m.import100kRecordsMs.longestMainThreadTaskMs), '–'],
      [`PDF export, click to download (EIF4SCC, ${m.pdfExportMs.app.answered} answers)`, ms(m.pdfExportMs.app.ms), '–'],
      ['JavaScript on first load (gzip)', kb(m.firstLoadJsGzipBytes.app), kb(m.firstLoadJsGzipBytes.floor)],
      ['precache (everything offline)', kb(m.precacheBytes.app), '–'],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\nMedians of ${RUNS} runs (Chromium ${CHROMIUM})\n`);
    console.log(`${'metric'.padEnd(width)}  ${'app'.padStart(22)}  ${'floor (Vite + React)'.padStart(22)}`);
    for (const [name, a, f] of rows)
      console.log(`${name.padEnd(width)}  ${String(a).padStart(22)}  ${String(f).padStart(22)}`);
    mkdirSync(join(root, '.bench'), { recursive: true });
    writeFileSync(join(root, '.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nWritten to .bench/results.json');
  } finally {
    app.stop();
    floor.stop();
  }
}

await main();
