import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BoxPlot } from '../../components/charts/box-plot';
import { ChartFigure } from '../../components/charts/chart-figure';
import { ScoreRadar } from '../../components/charts/score-radar';
import { formatNumber } from '../../components/format';
import { useLanguage } from '../../components/use-language';
import type { PeerComparison } from '../../domain/benchmark/comparison';
import { benchmarkRows, boxSeries, radarSeries } from '../../domain/benchmark/series';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { StatTable } from './stat-table';

/**
 * The statistics of the chosen peer group: who the peers are, then charts each with its table.
 * Memoised: the page re-renders while a new comparison is computed, the charts need not.
 */
export const ComparisonView = memo(function ComparisonView({
  q,
  comparison: c,
  cityName,
}: {
  q: Questionnaire;
  comparison: PeerComparison;
  cityName: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = benchmarkRows(q, c, t('benchmark.overall'));
  const synthetic = c.synthetic;
  // Synthetic data is named in every chart's caption and drawn into the box plot itself.
  const label = (caption: string) => (synthetic ? `${caption} (${t('benchmark.synthetic.badge')})` : caption);
  return (
    <>
      {synthetic && (
        <p className="alert synthetic-banner" data-testid="synthetic-banner">
          <span className="badge-synthetic">{t('benchmark.synthetic.badge')}</span>{' '}
          {t('benchmark.synthetic.banner', { n: c.syntheticCount })}
        </p>
      )}
      <p data-testid="peer-count">
        {t('benchmark.peerCount', { n: c.peerCount })}
        {c.maxDistance !== null &&
          ` ${t('benchmark.maxDistance', { distance: formatNumber(c.maxDistance, language, 1) })}`}
      </p>
      <p className="subtle" data-testid="basis">
        {t('benchmark.basis.summary', {
          version: q.version,
          same: c.basis.same,
          migrated: c.basis.migrated,
          common: c.basis.common,
        })}
        {c.basis.common > 0 && ` ${t('benchmark.basis.commonNote')}`}
        {c.excluded > 0 && ` ${t('benchmark.basis.excluded', { n: c.excluded })}`}
        {c.duplicates > 0 && ` ${t('benchmark.basis.duplicates', { n: c.duplicates })}`}
      </p>
      {!c.enough ? (
        <p role="status" className="alert" data-testid="too-few">
          {t('benchmark.tooFew', { n: c.peerCount, threshold: c.threshold })}
        </p>
      ) : (
        <>
          <StatTable
            rows={[rows.overall]}
            caption={t('benchmark.tables.overall')}
            synthetic={synthetic}
            testId="overall-table"
            threshold={c.threshold}
          />
          <section aria-labelledby="bench-groups-h">
            <h3 id="bench-groups-h">{t('benchmark.byGroup')}</h3>
            <ChartFigure
              caption={label(t('benchmark.charts.box', { name: cityName }))}
              chart={
                <BoxPlot
                  data={boxSeries(rows.groups)}
                  cityLabel={cityName}
                  medianLabel={t('benchmark.charts.boxLegend')}
                  watermark={synthetic ? t('benchmark.synthetic.badge') : undefined}
                />
              }
              table={<StatTable rows={rows.groups} caption={t('benchmark.tables.groups')} synthetic={synthetic} testId="group-stats" threshold={c.threshold} />} // prettier-ignore
            />
            <ChartFigure
              caption={label(t('benchmark.charts.radar', { name: cityName }))}
              chart={
                <ScoreRadar
                  data={radarSeries(rows.groups)}
                  series={[
                    { key: 'city', name: cityName, color: '#003399' },
                    { key: 'median', name: t('benchmark.peerMedian'), color: '#b35900', dashed: true },
                  ]}
                />
              }
              table={
                <table className="data-table">
                  <caption>{t('benchmark.tables.radar')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('benchmark.columns.label')}</th>
                      <th scope="col">{t('benchmark.columns.city')}</th>
                      <th scope="col">{t('benchmark.columns.median')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.groups
                      .filter((g) => g.kind === 'group')
                      .map((g) => (
                        <tr key={g.id}>
                          <th scope="row">
                            {g.label}
                            {synthetic && <span className="badge-synthetic">{t('benchmark.synthetic.badge')}</span>}
                          </th>
                          <td>{g.city === null ? '–' : formatNumber(g.city, language, 1)}</td>
                          <td>{g.summary ? formatNumber(g.summary.median, language, 1) : '–'}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              }
            />
          </section>
          <section aria-labelledby="bench-items-h">
            <h3 id="bench-items-h">{t('benchmark.byItem')}</h3>
            <StatTable
              rows={rows.items}
              caption={t('benchmark.tables.items')}
              synthetic={synthetic}
              testId="item-stats"
              threshold={c.threshold}
            />
          </section>
          {c.namedPeers.length > 0 && (
            <section aria-labelledby="bench-named-h">
              <h3 id="bench-named-h">{t('benchmark.named')}</h3>
              <ul data-testid="named-peers">
                {c.namedPeers.map((name, i) => (
                  <li key={i}>{name}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
});
