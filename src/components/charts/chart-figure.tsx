import type { ReactNode } from 'react';

/**
 * A chart with its caption. The drawing is hidden from assistive technology because the table that
 * follows it, built from the same series, carries the same numbers.
 */
export function ChartFigure({ caption, chart, table }: { caption: string; chart: ReactNode; table: ReactNode }) {
  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      <div className="chart" aria-hidden="true">
        {chart}
      </div>
      {table}
    </figure>
  );
}

export const shortLabel = (label: string, max = 22): string =>
  label.length > max ? `${label.slice(0, max - 1)}…` : label;
