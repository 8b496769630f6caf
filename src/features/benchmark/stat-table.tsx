import { useTranslation } from 'react-i18next';
import { formatNumber, formatScore } from '../../components/format';
import { useLanguage } from '../../components/use-language';
import type { BenchmarkRow } from '../../domain/benchmark/series';

/** City against peers, one row per group or item; rows under the anonymity threshold show no statistic. */
export function StatTable({
  rows,
  caption,
  synthetic,
  testId,
  threshold,
}: {
  rows: readonly BenchmarkRow[];
  caption: string;
  synthetic: boolean;
  testId: string;
  threshold: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const score = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatScore(v, language));
  return (
    <table className="data-table stat-table" data-testid={testId}>
      <caption>
        {caption}
        {synthetic && <span className="badge-synthetic">{t('benchmark.synthetic.badge')}</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('benchmark.columns.label')}</th>
          <th scope="col">{t('benchmark.columns.city')}</th>
          <th scope="col">{t('benchmark.columns.count')}</th>
          <th scope="col">{t('benchmark.columns.min')}</th>
          <th scope="col">{t('benchmark.columns.q1')}</th>
          <th scope="col">{t('benchmark.columns.median')}</th>
          <th scope="col">{t('benchmark.columns.q3')}</th>
          <th scope="col">{t('benchmark.columns.max')}</th>
          <th scope="col">{t('benchmark.columns.rank')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.kind}-${r.id}`} data-row-id={r.id}>
            <th scope="row">
              {r.number !== undefined && `${r.number}. `}
              {r.label}
              {synthetic && <span className="badge-synthetic">{t('benchmark.synthetic.badge')}</span>}
            </th>
            <td>{score(r.city)}</td>
            <td>{formatNumber(r.count, language)}</td>
            {r.summary ? (
              <>
                <td>{score(r.summary.min)}</td>
                <td>{score(r.summary.q1)}</td>
                <td data-cell="median">{score(r.summary.median)}</td>
                <td>{score(r.summary.q3)}</td>
                <td>{score(r.summary.max)}</td>
                <td data-cell="rank">
                  {r.rank === null
                    ? '–'
                    : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
                        r.rank / 100,
                      )}
                </td>
              </>
            ) : (
              <td colSpan={6}>{t('benchmark.tooFewHere', { threshold })}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
