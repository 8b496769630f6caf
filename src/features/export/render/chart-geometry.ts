import type { ChartBlock } from '../../../domain/report/model';
import { wrapText, type Measure } from './wrap';

export interface BarBox {
  /** From the chart's left edge and the row's top edge. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly text: string;
}

export interface ChartGeometry {
  readonly plotLeft: number;
  readonly plotWidth: number;
  readonly leading: number;
  readonly height: number;
  readonly ticks: readonly { x: number; text: string }[];
  readonly rows: readonly { label: string[]; height: number; bars: BarBox[] }[];
}

const BAR = 9;
const GAP = 2;
const ROW_PAD = 6;

/**
 * Where the bars of a chart go, in any unit: the PDF draws it in points, the canvas behind the
 * Word document's picture in pixels. Labels wrap in the left third; bars share the rest.
 */
export function chartGeometry(chart: ChartBlock, width: number, measure: Measure, leading: number): ChartGeometry {
  const labelWidth = width * 0.34;
  const plotLeft = labelWidth + 8;
  const plotWidth = width - plotLeft - 32;
  const scale = (v: number) => (Math.max(0, Math.min(chart.max, v)) / chart.max) * plotWidth;
  const rows = chart.bars.map((bar) => {
    const label = wrapText(bar.label, labelWidth, measure);
    const n = chart.series.length;
    const barsHeight = n * BAR + (n - 1) * GAP;
    const height = Math.max(label.length * leading, barsHeight) + ROW_PAD;
    const bars = chart.series.map((s, i) => ({
      x: plotLeft,
      y: ROW_PAD / 2 + i * (BAR + GAP),
      width: scale(bar.values[i] ?? 0),
      height: BAR,
      color: s.color,
      text: bar.texts[i] ?? '–',
    }));
    return { label, height, bars };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ x: plotLeft + f * plotWidth, text: String(f * chart.max) }));
  return { plotLeft, plotWidth, leading, height: rows.reduce((s, r) => s + r.height, 0), ticks, rows };
}
