import { useTranslation } from 'react-i18next';
import { answerText } from '../../components/score-text';
import type { MigrationPlan } from '../../stores/migration';

/** What a migration does to each answer: carried (with any level change), merged, split, archived, new. */
export function MigrationReportView({ plan }: { plan: MigrationPlan }) {
  const { t } = useTranslation();
  const { report } = plan.outcome;
  const { from, to } = plan.option;
  const question = (q: typeof from, id: string) => q.items.find((i) => i.id === id)?.question ?? id;
  return (
    <div className="migration-report" data-testid="migration-report">
      <h3>{t('versions.report.carried', { count: report.carried.length })}</h3>
      {report.carried.length > 0 && (
        <ul>
          {report.carried.map((c) => (
            <li key={c.from}>
              {question(to, c.to)} — {answerText(t, from, c.before)}
              {c.before !== c.after && ` → ${answerText(t, to, c.after)}`}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('versions.report.merged', { count: report.merged.length })}</h3>
      {report.merged.length > 0 && (
        <ul>
          {report.merged.map((m) => (
            <li key={m.to}>
              {t('versions.report.mergedInto', {
                count: m.from.length,
                to: question(to, m.to),
                answer: answerText(t, to, m.after),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('versions.report.split', { count: report.split.length })}</h3>
      {report.split.length > 0 && (
        <ul>
          {report.split.map((s) => (
            <li key={s.from}>{t('versions.report.splitInto', { from: question(from, s.from), count: s.to.length })}</li>
          ))}
        </ul>
      )}
      <h3>{t('versions.report.archived', { count: report.archived.length })}</h3>
      {report.archived.length > 0 && (
        <ul>
          {report.archived.map((a) => (
            <li key={a.itemId}>
              {question(from, a.itemId)} — <span lang={from.language}>{a.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('versions.report.added', { count: report.added.length })}</h3>
      {report.added.length > 0 && (
        <ul>
          {report.added.map((id) => (
            <li key={id}>{question(to, id)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
