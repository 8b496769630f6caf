import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

const PALETTE = ['#003399', '#b35900', '#1b5e20', '#7b1fa2', '#a4161a', '#00695c', '#4a4a4a', '#283593'];

/** Scores per year, one line per series key. */
export function TrendLines({
  data,
  series,
}: {
  data: readonly Record<string, number | undefined>[];
  series: readonly { key: string; name: string }[];
}) {
  return (
    <ResponsiveContainer width="100%" height={360}>
      <LineChart data={[...data]} margin={{ left: 8, right: 24, top: 8 }} accessibilityLayer={false}>
        <CartesianGrid />
        <XAxis dataKey="year" tick={{ fill: '#1a1a1a' }} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fill: '#1a1a1a' }} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={PALETTE[i % PALETTE.length]}
            strokeWidth={s.key === 'overall' ? 3 : 1.5}
            isAnimationActive={false}
            connectNulls
          />
        ))}
        <Legend />
      </LineChart>
    </ResponsiveContainer>
  );
}
