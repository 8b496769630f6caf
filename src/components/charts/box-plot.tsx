import { shortLabel } from './chart-figure';

export interface BoxPlotPoint {
  readonly label: string;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly city: number | null;
}

const ROW = 34;
const LEFT = 190;
const WIDTH = 720;

/**
 * Horizontal box plots on a 0–100 scale, one row each, with the city as a diamond. Plain SVG (no
 * chart library): it draws what it is given; the series and the table come from the same rows.
 */
export function BoxPlot({
  data,
  cityLabel,
  medianLabel,
  watermark,
}: {
  data: readonly BoxPlotPoint[];
  cityLabel: string;
  medianLabel: string;
  /** Drawn across the plot (e.g. "SYNTHETIC"), so that a screenshot keeps the label. */
  watermark?: string | undefined;
}) {
  const x = (v: number) => LEFT + ((WIDTH - LEFT - 20) * v) / 100;
  const height = data.length * ROW + 50;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="presentation" className="box-plot">
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={10} y2={height - 30} stroke="#d0d0d0" />
          <text x={x(v)} y={height - 14} fontSize={11} textAnchor="middle" fill="#4a4a4a">
            {v}
          </text>
        </g>
      ))}
      {watermark && (
        <text
          x={WIDTH / 2}
          y={height / 2}
          fontSize={56}
          fontWeight={700}
          textAnchor="middle"
          fill="#a4161a"
          opacity={0.15}
        >
          {watermark}
        </text>
      )}
      {data.map((d, i) => {
        const y = 20 + i * ROW;
        return (
          <g key={d.label}>
            <text x={LEFT - 8} y={y + 4} fontSize={12} textAnchor="end" fill="#1a1a1a">
              {shortLabel(d.label, 28)}
            </text>
            <line x1={x(d.min)} x2={x(d.max)} y1={y} y2={y} stroke="#4a4a4a" />
            <rect
              x={x(d.q1)}
              y={y - 9}
              width={Math.max(1, x(d.q3) - x(d.q1))}
              height={18}
              fill="#c7d3f0"
              stroke="#003399"
            />
            <line x1={x(d.median)} x2={x(d.median)} y1={y - 9} y2={y + 9} stroke="#003399" strokeWidth={3} />
            {d.city !== null && (
              <path d={`M ${x(d.city)} ${y - 7} l 7 7 l -7 7 l -7 -7 z`} fill="#b35900" stroke="#1a1a1a" />
            )}
          </g>
        );
      })}
      <g transform={`translate(${LEFT}, ${height - 4})`}>
        <path d="M 0 -7 l 5 5 l -5 5 l -5 -5 z" fill="#b35900" />
        <text x={10} y={0} fontSize={11} fill="#1a1a1a">
          {cityLabel}
        </text>
        <rect x={160} y={-9} width={12} height={10} fill="#c7d3f0" stroke="#003399" />
        <text x={178} y={0} fontSize={11} fill="#1a1a1a">
          {medianLabel}
        </text>
      </g>
    </svg>
  );
}
