import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import { IssueList } from '../../components/issue-list';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import type { ValidationIssue } from '../../domain/validation/issues';
import {
  checkQuestionnaireFileSize,
  importQuestionnaireFile,
  loadLibrary,
  loadTranslations,
  selectLocalised,
  selectReadyIn,
  useLibraryStore,
} from '../../stores/library-store';

type Outcome =
  { kind: 'loaded'; title: string; version: string } | { kind: 'rejected'; file: string; issues: ValidationIssue[] };

export function LibraryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const library = useLibraryStore();
  const { entries, problems } = library;
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    void loadLibrary();
  }, []);
  useEffect(() => {
    void loadTranslations(language);
  }, [language]);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const size = checkQuestionnaireFileSize(file.name, file.size);
    const result = size.ok ? await importQuestionnaireFile(file.name, await file.text()) : size;
    setOutcome(
      result.ok
        ? { kind: 'loaded', title: result.value.questionnaire.title, version: result.value.questionnaire.version }
        : { kind: 'rejected', file: file.name, issues: result.issues },
    );
    if (inputRef.current) inputRef.current.value = '';
  }

  return (
    <>
      <PageHeading>{t('library.title')}</PageHeading>
      <p>{t('library.intro')}</p>
      {problems.length > 0 && <IssueList title={t('library.bundledProblems')} issues={problems} />}
      {selectReadyIn(library, language) && (
        <table className="data-table">
          <caption className="visually-hidden">{t('library.caption', { count: entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library.columns.title')}</th>
              <th scope="col">{t('library.columns.version')}</th>
              <th scope="col">{t('library.columns.items')}</th>
              <th scope="col">{t('library.columns.source')}</th>
              <th scope="col">{t('library.columns.translations')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const q = selectLocalised(library, entry.questionnaire, language) ?? entry.questionnaire;
              return (
                <tr key={entry.key}>
                  <th scope="row">
                    {q.title}
                    {/* The source reference exists in the questionnaire's own language only. */}
                    {q.language === language && <span className="subtle block">{q.framework.source}</span>}
                  </th>
                  <td>{q.version}</td>
                  <td>{t('library.itemCount', { count: q.items.length })}</td>
                  <td>
                    {entry.source === 'bundled'
                      ? t('library.bundled')
                      : t('library.loaded', {
                          file: entry.fileName,
                          date: entry.loadedAt ? formatDateTime(entry.loadedAt, language) : '',
                        })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>{t('library.loadTitle')}</h2>
      <p id={`${inputId}-hint`}>{t('library.loadHint')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('library.loadLabel')}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => void onFile(e)}
        />
      </div>
      {outcome?.kind === 'loaded' && (
        <p role="status" className="alert alert-success">
          {t('library.loadedOk', { title: outcome.title, version: outcome.version })}
        </p>
      )}
      {outcome?.kind === 'rejected' && (
        <IssueList title={t('library.rejected', { file: outcome.file })} issues={outcome.issues} />
      )}
    </>
  );
}
