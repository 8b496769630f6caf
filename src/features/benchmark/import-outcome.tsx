import { useTranslation } from 'react-i18next';
import { IssueList } from '../../components/issue-list';
import { useBenchmarkStore } from '../../stores/benchmark-store';

/** What the last import did: counts, then every skipped record and failed file with place and reason. */
export function ImportOutcomeView() {
  const { t } = useTranslation();
  const outcome = useBenchmarkStore((s) => s.outcome);
  if (!outcome) return null;
  if (outcome.kind === 'cancelled') return <p role="status" className="alert">{t('benchmark.outcome.cancelled')}</p>; // prettier-ignore
  if (outcome.kind === 'failed') {
    return (
      <div role="alert" className="alert alert-error">
        <p className="alert-title">{t('benchmark.outcome.failed')}</p>
        <p>{outcome.message}</p>
      </div>
    );
  }
  const { report, pool } = outcome;
  return (
    <div data-testid="import-outcome">
      <p role="status" className={pool ? 'alert alert-success' : 'alert'}>
        {pool
          ? t('benchmark.outcome.imported', { n: report.added, title: pool.title })
          : t('benchmark.outcome.nothing')}{' '}
        {t('benchmark.outcome.skipped', { duplicates: report.duplicates, invalid: report.invalid })}
      </p>
      {report.failures.length > 0 && <IssueList title={t('benchmark.outcome.failedFiles')} issues={report.failures} />}
      {report.skipped.length > 0 && (
        <details>
          <summary>{t('benchmark.outcome.details', { n: report.skipped.length })}</summary>
          <ul className="issue-list" data-testid="skipped-records">
            {report.skipped.map((s, i) => (
              <li key={i}>
                {t('issues.where', { file: s.file, path: s.path })} <span className="issue-message">{s.message}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
