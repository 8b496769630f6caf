import fc from 'fast-check';
import { expect, it } from 'vitest';
import { percentileRank, quantileSorted, summarise } from './statistics';

const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 200 });

it('computes type-7 quartiles and the rank by hand', () => {
  // Sorted 0 25 50 50 75 100 100: h = 6p → q1 at 1.5 = 37.5, median at 3 = 50, q3 at 4.5 = 87.5.
  expect(summarise([100, 50, 0, 75, 25, 100, 50])).toEqual({
    count: 7,
    min: 0,
    q1: 37.5,
    median: 50,
    q3: 87.5,
    max: 100,
  });
  // 50 against them: 2 below, 2 equal → (2 + 1) ÷ 7 = 42.857…%.
  expect(percentileRank([100, 50, 0, 75, 25, 100, 50], 50)).toBeCloseTo(300 / 7, 10);
  expect(quantileSorted([10], 0.5)).toBe(10);
  expect(summarise([])).toBeUndefined();
  expect(percentileRank([], 3)).toBeUndefined();
});

it('keeps min ≤ q1 ≤ median ≤ q3 ≤ max', () => {
  fc.assert(
    fc.property(scores, (xs) => {
      const s = summarise(xs);
      expect(s).toBeDefined();
      if (!s) return;
      expect(s.min).toBeLessThanOrEqual(s.q1);
      expect(s.q1).toBeLessThanOrEqual(s.median);
      expect(s.median).toBeLessThanOrEqual(s.q3);
      expect(s.q3).toBeLessThanOrEqual(s.max);
      expect(s.count).toBe(xs.length);
    }),
  );
});

it('gives a rank within [0, 100], and the same statistics for any order of the peers', () => {
  fc.assert(
    fc.property(scores, fc.double({ min: -10, max: 110, noNaN: true }), fc.integer(), (xs, x, seed) => {
      const rank = percentileRank(xs, x) ?? -1;
      expect(rank).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThanOrEqual(100);
      const shuffled = [...xs].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
      expect(summarise(shuffled)).toEqual(summarise(xs));
      expect(percentileRank(shuffled, x)).toBe(rank);
    }),
  );
});
