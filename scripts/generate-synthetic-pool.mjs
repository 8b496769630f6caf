// Generates the SYNTHETIC demonstration peer pool: made-up benchmark packages for the bundled
// questionnaires, deterministic (seeded PRNG), with plausible spreads over countries, population
// bands, degrees of urbanisation and years. Every record says `"synthetic": true`.
//   node scripts/generate-synthetic-pool.mjs                       → public/demo/synthetic-pool.json (2,000 records)
//   node scripts/generate-synthetic-pool.mjs --count 100000 --format ndjson --questionnaire eif4scc --out .bench/pool-100k.ndjson
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const COUNT = Number(arg('count', '2000'));
const FORMAT = arg('format', 'json');
const OUT = resolve(root, arg('out', 'public/demo/synthetic-pool.json'));
const SEED = Number(arg('seed', '20260701'));
/** Only this questionnaire (the benchmark's 100,000 peers all compare with one assessment). */
const ONLY = arg('questionnaire', undefined);

/** mulberry32: small, fast, and the same numbers on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const pick = (weighted) => {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [v, w] of weighted) if ((r -= w) < 0) return v;
  return weighted.at(-1)[0];
};

// Roughly proportional to the number of municipalities (LAU) per country, so small countries stay small.
const COUNTRIES = [['FR', 120], ['DE', 37], ['IT', 26], ['ES', 27], ['CZ', 21], ['PL', 9], ['SK', 9], ['HU', 10], ['AT', 7], ['RO', 10], ['GR', 3], ['PT', 3], ['BE', 2], ['NL', 1.5], ['SE', 1], ['FI', 1], ['DK', 1], ['IE', 1], ['BG', 1.5], ['HR', 2], ['SI', 1], ['LT', 0.6], ['LV', 0.5], ['EE', 0.5], ['LU', 0.3], ['CY', 0.5], ['MT', 0.3], ['NO', 1], ['IS', 0.3], ['LI', 0.1], ['CH', 6]]; // prettier-ignore
// Most municipalities are small; the pool has more small places than large ones.
const BANDS = [['lt5k', 40], ['5k-20k', 25], ['20k-50k', 14], ['50k-100k', 9], ['100k-250k', 6], ['250k-500k', 3], ['500k-1m', 2], ['gte1m', 1]]; // prettier-ignore
const URBANISATION_BY_BAND = { lt5k: [['rural', 75], ['towns-suburbs', 23], ['cities', 2]], '5k-20k': [['rural', 40], ['towns-suburbs', 50], ['cities', 10]], '20k-50k': [['rural', 10], ['towns-suburbs', 55], ['cities', 35]] }; // prettier-ignore
const NORTH = new Set(['DK', 'EE', 'FI', 'NL', 'SE', 'NO', 'IS', 'AT', 'LU', 'BE', 'IE']);
const YEARS = [[2022, 1], [2023, 2], [2024, 3], [2025, 4], [2026, 2]]; // prettier-ignore

const questionnaires = (ONLY ? [ONLY, ONLY, ONLY] : ['eif4scc', 'mims', 'mims-plus-v5']).map((id) =>
  JSON.parse(readFileSync(join(root, 'questionnaires', id, '1.0.0.json'), 'utf8')),
);
const settle = (x) => Math.round(x * 1e6) / 1e6;

/** The app's default scoring: weighted means of answered items per group, then of the top-level groups. */
function score(q, levels) {
  const itemScore = new Map();
  for (const item of q.items) {
    const level = levels.get(item.id);
    if (typeof level === 'number') itemScore.set(item.id, q.scoring.levelScores[String(level)]);
  }
  const children = (id) => q.groups.filter((g) => g.parent === id);
  const allItems = (g) => [...q.items.filter((i) => i.group === g.id), ...children(g.id).flatMap(allItems)];
  const mean = (items) => {
    let s = 0;
    let w = 0;
    for (const i of items) {
      if (!itemScore.has(i.id)) continue;
      s += i.weight * itemScore.get(i.id);
      w += i.weight;
    }
    return w > 0 ? s / w : undefined;
  };
  const groups = {};
  let overallSum = 0;
  let overallWeight = 0;
  for (const g of q.groups) {
    const raw = mean(allItems(g));
    groups[g.id] = raw === undefined ? null : settle(raw);
    if (!g.parent && raw !== undefined) {
      overallSum += g.weight * raw;
      overallWeight += g.weight;
    }
  }
  const applicable = q.items.filter((i) => levels.get(i.id) !== 'na');
  const answered = applicable.filter((i) => itemScore.has(i.id)).length;
  const overall = q.scoring.overall === 'items' ? mean(q.items) : overallWeight > 0 ? overallSum / overallWeight : undefined; // prettier-ignore
  return {
    overall: overall === undefined ? null : settle(overall),
    coverage: applicable.length > 0 ? settle(answered / applicable.length) : null,
    groups,
    items: Object.fromEntries(q.items.map((i) => [i.id, itemScore.has(i.id) ? itemScore.get(i.id) : null])),
  };
}

function record(n) {
  const q = questionnaires[n % 10 < 5 ? 0 : n % 10 < 8 ? 1 : 2];
  const country = pick(COUNTRIES);
  const populationBand = pick(BANDS);
  const urbanisation = pick(URBANISATION_BY_BAND[populationBand] ?? [['cities', 85], ['towns-suburbs', 15]]); // prettier-ignore
  const year = pick(YEARS);
  // Latent maturity (levels 1–5): larger, northern and later assessments tend higher; wide spread.
  const band = BANDS.findIndex(([b]) => b === populationBand);
  const latent = 2.1 + 0.22 * band + (NORTH.has(country) ? 0.5 : 0) + 0.12 * (year - 2022) + 0.75 * normal();
  const levels = new Map();
  for (const item of q.items) {
    const r = random();
    if (r < 0.04) levels.set(item.id, 'na');
    else if (r < 0.09) continue;
    else levels.set(item.id, Math.min(5, Math.max(1, Math.round(latent + 0.8 * normal()))));
  }
  return {
    format: 'eif4scc-benchmark-package',
    formatVersion: 1,
    id: `synthetic-${String(n + 1).padStart(6, '0')}`,
    synthetic: true,
    questionnaire: { id: q.id, version: q.version },
    profile: { country, populationBand, urbanisation },
    year,
    scores: score(q, levels),
  };
}

const records = Array.from({ length: COUNT }, (_, n) => record(n));
mkdirSync(dirname(OUT), { recursive: true });
if (FORMAT === 'ndjson') writeFileSync(OUT, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
else {
  const pool = { format: 'eif4scc-benchmark-pool', formatVersion: 1, title: 'SYNTHETIC demonstration pool', records };
  writeFileSync(OUT, `${JSON.stringify(pool)}\n`);
}
console.log(`Wrote ${COUNT} synthetic records to ${OUT}`);
