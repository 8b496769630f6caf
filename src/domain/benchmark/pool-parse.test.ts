import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { BenchmarkPackageInput } from './package';
import { createPoolImport } from './pool-import';
import { checkEntry, readPoolEntries } from './pool-parse';

const pkg = (id: string, overall: number, extra: Partial<BenchmarkPackageInput> = {}): BenchmarkPackageInput => ({
  format: 'eif4scc-benchmark-package',
  formatVersion: 1,
  id,
  synthetic: false,
  questionnaire: { id: 'sample', version: '1.0.0' },
  profile: { country: 'DK', populationBand: '50k-100k', urbanisation: 'cities' },
  year: 2025,
  scores: { overall, coverage: 1, groups: { governance: overall }, items: { 'gov-strategy': overall } },
  ...extra,
});

async function importText(text: string, file = 'pool.json') {
  const im = createPoolImport('p1');
  await im.addText(text, file, async () => undefined, 3);
  return { records: im.records, report: im.report() };
}

it('reads an array, a single package, a pool object and NDJSON', async () => {
  expect((await importText(JSON.stringify([pkg('a', 10), pkg('b', 20)]))).records).toHaveLength(2);
  expect((await importText(JSON.stringify(pkg('a', 10)))).records).toHaveLength(1);
  const pool = { format: 'eif4scc-benchmark-pool', formatVersion: 1, title: 'Network', records: [pkg('a', 1)] };
  const pooled = await importText(JSON.stringify(pool));
  expect(pooled.records).toHaveLength(1);
  expect(pooled.report.title).toBe('Network');
  const nd = [pkg('a', 1), pkg('b', 2), pkg('c', 3)].map((p) => JSON.stringify(p)).join('\n');
  const read = readPoolEntries(`${nd}\n\n`, 'x.ndjson');
  expect(read.ok && read.value.kind).toBe('ndjson');
  expect((await importText(`${nd}\n`)).records.map((r) => r.recordId)).toEqual(['a', 'b', 'c']);
});

it('skips duplicates (same id or same content) and invalid records, with place and reason', async () => {
  const text = [pkg('a', 10), pkg('a', 20), pkg('b', 10), { ...pkg('c', 30), year: 'soon' }, pkg('d', 40)]
    .map((p) => JSON.stringify(p))
    .join('\n');
  const { records, report } = await importText(text, 'peers.ndjson');
  expect(records.map((r) => r.recordId)).toEqual(['a', 'd']);
  expect(report).toMatchObject({ added: 2, duplicates: 2, invalid: 1 });
  expect(report.skipped).toContainEqual({ file: 'peers.ndjson', path: 'line 2', message: 'Duplicate record id "a": skipped' }); // prettier-ignore
  expect(report.skipped).toContainEqual({ file: 'peers.ndjson', path: 'line 3', message: 'Same content as an earlier record: skipped' }); // prettier-ignore
  expect(report.skipped.find((s) => s.path.startsWith('line 4'))?.path).toBe('line 4 $.year');
});

it('fails a whole file for a wrong format version or broken JSON, keeping nothing of it', async () => {
  const wrong = await importText(JSON.stringify([pkg('a', 1), { ...pkg('b', 2), formatVersion: 2 }]));
  expect(wrong.records).toEqual([]);
  expect(wrong.report.files[0]?.status).toBe('failed');
  expect(wrong.report.failures[0]?.path).toBe('$[1].formatVersion');
  const broken = await importText('[{"format": ');
  expect(broken.records).toEqual([]);
  expect(broken.report.failures[0]?.message).toMatch(/^Not valid JSON/);
  expect((await importText('42')).report.failures[0]?.message).toBe('Expected a benchmark package, a pool or an array of packages'); // prettier-ignore
});

it('rejects hostile records: prototype keys, huge strings, markup kept as text', async () => {
  const proto =
    '[' + JSON.stringify(pkg('a', 1)).replace('"synthetic"', '"__proto__":{"polluted":1},"synthetic"') + ']';
  const r1 = await importText(proto);
  expect(r1.records).toEqual([]);
  expect(r1.report.skipped[0]?.message).toMatch(/Unexpected field: "__proto__"/);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const ctor = await importText(JSON.stringify([{ ...pkg('b', 1), constructor: { prototype: 1 } }]));
  expect(ctor.report.invalid).toBe(1);
  const huge = await importText(JSON.stringify([pkg('c', 1, { profile: { country: 'DK', populationBand: 'lt5k', urbanisation: 'rural', name: 'x'.repeat(1_000_000) } })])); // prettier-ignore
  expect(huge.report.invalid).toBe(1);
  const html = '<img src=x onerror="window.__pwned=1">';
  const ok = await importText(JSON.stringify([pkg('d', 1, { profile: { country: 'DK', populationBand: 'lt5k', urbanisation: 'rural', name: html } })])); // prettier-ignore
  expect(ok.records[0]?.name).toBe(html);
});

it('rejects a 50 MB file of junk with a message, and refuses files over the limit', async () => {
  const big = await importText(`["${'a'.repeat(50 * 1024 * 1024)}"]`);
  expect(big.records).toEqual([]);
  expect(big.report.invalid).toBe(1);
  const read = readPoolEntries({ length: 300 * 1024 * 1024 } as unknown as string, 'huge.json');
  expect(read.ok ? '' : read.issues[0]?.message).toMatch(/too large/);
});

it('never throws on random JSON, wrong types, missing or extra fields and deep nesting', async () => {
  const valid = pkg('v', 50);
  const mutated = fc.oneof(
    fc.jsonValue(),
    fc.record({ key: fc.constantFrom(...Object.keys(valid)), value: fc.jsonValue() }).map(({ key, value }) => ({ ...valid, [key]: value })), // prettier-ignore
    fc.constantFrom(...Object.keys(valid)).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))), // prettier-ignore
    fc.record({ key: fc.string(), value: fc.jsonValue() }).map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.integer({ min: 1, max: 3000 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(mutated, { maxLength: 8 }), async (entries) => {
      const { records, report } = await importText(JSON.stringify(entries));
      expect(records.length + report.invalid + report.duplicates).toBeLessThanOrEqual(entries.length);
      for (const r of records) expect(r.questionnaireId).toMatch(/^[a-z]/);
    }),
    { numRuns: 200 },
  );
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
      const read = readPoolEntries(text, 'x');
      if (read.ok) for (let i = 0; i < read.value.count; i += 1) checkEntry(read.value, i);
    }),
  );
});
