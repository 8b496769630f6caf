import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartGeometry } from './chart-geometry';
import { cleanText, wrapText } from './wrap';

const measure = (s: string) => Array.from(s).length; // one unit per character

describe('wrapText', () => {
  it('breaks at spaces, keeps explicit line breaks and breaks words longer than a line', () => {
    expect(wrapText('Il-belt għandha strateġija', 12, measure)).toEqual(['Il-belt', 'għandha', 'strateġija']);
    expect(wrapText('one two\nthree', 20, measure)).toEqual(['one two', 'three']);
    expect(wrapText('https://example.eu/abcdefghij', 10, measure)).toEqual(['https://ex', 'ample.eu/a', 'bcdefghij']);
    expect(wrapText('   ', 10, measure)).toEqual([]);
  });

  it('composes text and drops control characters', () => {
    expect(cleanText('Gaeilge: a\u0301\u0000\tb\r\nc')).toBe('Gaeilge: á b\nc');
  });

  it('never exceeds the width and never loses a character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (text, width) => {
        const lines = wrapText(text, width, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        const strip = (s: string) => cleanText(s).replace(/\s+/g, '');
        expect(lines.join('').replace(/\s+/g, '')).toBe(strip(text));
      }),
    );
  });
});

describe('chartGeometry', () => {
  it('scales bars to the plot and clamps values outside 0–max', () => {
    const g = chartGeometry(
      {
        kind: 'chart',
        caption: 'c',
        max: 100,
        series: [{ name: 'City', color: '#003399' }],
        bars: [
          { label: 'A', values: [50], texts: ['50'] },
          { label: 'B', values: [undefined], texts: ['–'] },
          { label: 'C', values: [140], texts: ['140'] },
        ],
      },
      300,
      measure,
      10,
    );
    expect(g.rows.map((r) => r.bars[0]?.width)).toEqual([g.plotWidth / 2, 0, g.plotWidth]);
    expect(g.ticks.map((t) => t.text)).toEqual(['0', '25', '50', '75', '100']);
  });
});
