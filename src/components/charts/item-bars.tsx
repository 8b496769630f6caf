import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';

/** Horizontal bars of item scores (0–100), one per item, labelled by item number. */
export function ItemBars({ data }: { data: readonly { number: number; score: number | undefined }[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 22 + 40)}>
      <BarChart
        data={data.map((d) => ({ number: String(d.number), score: d.score ?? 0 }))}
        layout="vertical"
        margin={{ left: 8, right: 16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fill: '#1a1a1a' }} />
        <YAxis type="category" dataKey="number" width={36} interval={0} tick={{ fontSize: 12, fill: '#1a1a1a' }} />
        <Bar dataKey="score" fill="#003399" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
