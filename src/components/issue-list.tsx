import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../domain/validation/issues';

/** The reasons a file was rejected, each with its file and JSON path. Shown as text, never as HTML. */
export function IssueList({ title, issues }: { title: string; issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{title}</p>
      <ul className="issue-list">
        {issues.map((issue, index) => (
          <li key={index}>
            {t('issues.where', { file: issue.file, path: issue.path })}{' '}
            <span className="issue-message">{issue.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
