/** Width of a string in the unit of the target (points in the PDF, pixels on a canvas). */
export type Measure = (text: string) => number;

/** Composed (NFC) text without control characters: what fonts and PDF strings expect. */
export const cleanText = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B\uFEFF]/g, '');

/** Breaks a word wider than the line into pieces that fit (long URLs, compound words). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current !== '' && measure(current + ch) > width) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/** Greedy line breaking at spaces; explicit line breaks are kept; nothing is ever clipped. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  const clean = cleanText(text).trim();
  if (clean === '') return lines;
  // Words are measured once each and summed: measuring every candidate line is quadratic.
  const space = measure(' ');
  for (const paragraph of clean.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const w = measure(word);
      if (line !== '' && lineWidth + space + w <= width) {
        line = `${line} ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line !== '') lines.push(line);
      if (w <= width) {
        line = word;
        lineWidth = w;
      } else {
        const pieces = breakWord(word, width, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = measure(line);
      }
    }
    lines.push(line);
  }
  return lines;
}
