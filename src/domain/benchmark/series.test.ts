import { expect, it } from 'vitest';
import { radarSeries, type BenchmarkRow } from './series';

const summary = (median: number) => ({ count: 6, min: 0, q1: median - 10, median, q3: median + 10, max: 100 });
const row = (id: string, city: number | null, median: number | null): BenchmarkRow => ({
  id,
  label: id,
  kind: 'group',
  count: median === null ? 3 : 6,
  city,
  summary: median === null ? null : summary(median),
  rank: null,
});

it('leaves out of the radar a group without a peer median or without a city score, never drawing it at 0', () => {
  const rows = [row('gov', 50, 60), row('data', 75, null), row('tech', null, 40), row('legal', 0, 20)];
  expect(radarSeries(rows)).toEqual([
    { label: 'gov', city: 50, median: 60 },
    { label: 'legal', city: 0, median: 20 },
  ]);
});
