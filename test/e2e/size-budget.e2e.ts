import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with the benchmark script.
import { firstLoad } from '../../scripts/first-load.mjs';

/** First-load JavaScript budget (gzip): charts, export libraries and workers load on demand. */
const BUDGET_JS_GZIP = 180 * 1024;

it('ships at most 180 KB of gzipped JavaScript on first load', () => {
  const result = firstLoad(join(import.meta.dirname, '..', '..', 'dist')) as {
    jsGzip: number;
    files: { file: string; gzip: number }[];
  };
  expect(result.files.length).toBeGreaterThan(0);
  expect(result.jsGzip, JSON.stringify(result.files)).toBeLessThanOrEqual(BUDGET_JS_GZIP);
});
