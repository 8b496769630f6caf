import type { ChartBlock } from '../../../domain/report/model';
import { chartGeometry } from './chart-geometry';
import type { ChartImage } from './docx';

const WIDTH = 640;
const SCALE = 2; // drawn at twice the size, for a sharp picture in print
const FONT = '11px "Noto Sans", "Segoe UI", Arial, sans-serif';

/** Draws a chart of the report on a canvas, with the same geometry as the PDF, and returns it as PNG. */
export async function paintChart(chart: ChartBlock): Promise<ChartImage | undefined> {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  context.font = FONT;
  const measure = (s: string) => context.measureText(s).width;
  const g = chartGeometry(chart, WIDTH - 16, measure, 14);
  const legend = chart.series.length > 1 ? 22 : 0;
  const height = Math.ceil(g.height + 30 + legend);
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, height);
  context.translate(8, 6); // a margin, so the first label is not on the edge
  context.font = FONT;
  context.textBaseline = 'top';
  context.strokeStyle = '#999999';
  context.lineWidth = 0.5;
  for (const tick of g.ticks) {
    context.beginPath();
    context.moveTo(tick.x, 0);
    context.lineTo(tick.x, g.height);
    context.stroke();
  }
  let y = 0;
  for (const row of g.rows) {
    context.fillStyle = '#1a1a1a';
    row.label.forEach((line, i) => context.fillText(line, 0, y + 3 + i * g.leading));
    for (const bar of row.bars) {
      context.fillStyle = bar.color;
      context.fillRect(bar.x, y + bar.y, bar.width, bar.height);
      context.fillStyle = '#1a1a1a';
      context.font = '9px sans-serif';
      context.fillText(bar.text, bar.x + bar.width + 3, y + bar.y);
      context.font = FONT;
    }
    y += row.height;
  }
  context.fillStyle = '#4a4a4a';
  for (const tick of g.ticks) context.fillText(tick.text, tick.x - measure(tick.text) / 2, y + 4);
  if (legend > 0) {
    let x = g.plotLeft;
    for (const s of chart.series) {
      context.fillStyle = s.color;
      context.fillRect(x, y + 24, 10, 10);
      context.fillStyle = '#1a1a1a';
      context.fillText(s.name, x + 14, y + 22);
      x += 14 + measure(s.name) + 18;
    }
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return undefined;
  return { data: new Uint8Array(await blob.arrayBuffer()), width: WIDTH, height };
}
