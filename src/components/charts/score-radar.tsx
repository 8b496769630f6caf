import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Legend } from 'recharts';
import { shortLabel } from './chart-figure';

export interface RadarSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly dashed?: boolean;
}

/** Draws scores (0–100) per group; the data is computed elsewhere and passed in. */
export function ScoreRadar({
  data,
  series,
}: {
  data: readonly Record<string, string | number | undefined>[];
  series: readonly RadarSeries[];
}) {
  return (
    <ResponsiveContainer width="100%" height={420}>
      <RadarChart data={[...data]} outerRadius="68%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis
          dataKey="label"
          tickFormatter={(v: string) => shortLabel(v)}
          tick={{ fontSize: 12, fill: '#1a1a1a' }}
        />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 11, fill: '#4a4a4a' }} />
        {series.map((s) => (
          <Radar
            key={s.key}
            name={s.name}
            dataKey={s.key}
            stroke={s.color}
            fill={s.color}
            fillOpacity={s.dashed ? 0 : 0.25}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            isAnimationActive={false}
          />
        ))}
        {series.length > 1 && <Legend />}
      </RadarChart>
    </ResponsiveContainer>
  );
}
