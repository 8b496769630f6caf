import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentNav } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { downloadFile } from '../../components/download';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import type { Language } from '../../domain/questionnaire/schema';
import { reportFileName } from '../../domain/report/build';
import { isLanguage, LANGUAGES } from '../../i18n/languages';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';
import { DataExports } from './data-exports';
import { prepareReport } from './prepare';

type Format = 'pdf' | 'docx';
type ExportStatus = { kind: 'idle' } | { kind: 'working' | 'done' | 'failed'; text: string };

const FORMAT_NAME: Record<Format, string> = { pdf: 'PDF', docx: 'Word' };

/** Report documents in any of the 24 languages, and (from the data exports) the assessment's data. */
export default function ExportPage({
  assessmentId,
  questionnaireId,
}: {
  assessmentId: string;
  questionnaireId: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useAssessmentQuestionnaire(assessmentId, questionnaireId, language);
  const [chosen, setChosen] = useState<Language | undefined>(undefined);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const selectId = useId();
  const hintId = useId();
  const { assessment, ref, answers } = view;

  if (view.status !== 'ready' || !assessment || !ref) return <AssessmentStatus view={view} />;
  // Follows the interface language until the user picks another one.
  const reportLanguage = chosen ?? language;
  const languageName = new Intl.DisplayNames([language], { type: 'language' }).of(reportLanguage) ?? reportLanguage;

  async function make(format: Format) {
    if (!assessment) return;
    const vars = { format: FORMAT_NAME[format], language: languageName };
    setStatus({ kind: 'working', text: t('export.working', vars) });
    try {
      const report = await prepareReport(assessment, Object.values(answers), reportLanguage);
      // The PDF and Word libraries load here, on demand, never with the screen.
      const blob =
        format === 'pdf'
          ? await import('./render/pdf-browser').then((m) => m.pdfBlob(report))
          : await import('./render/docx-browser').then((m) => m.docxBlob(report));
      const file = reportFileName(assessment.profile.name, report.metadata.createdAt, reportLanguage, format);
      downloadFile(file, blob, blob.type);
      setStatus({ kind: 'done', text: t('export.done', { ...vars, file }) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', text: t('export.failed', { reason }) });
    }
  }

  const busy = status.kind === 'working';
  return (
    <>
      <PageHeading>{t('export.title', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="export" questionnaireId={ref.id} titles={view.titles} />

      <section aria-labelledby="report-h" className="export-section">
        <h2 id="report-h">{t('export.reportTitle')}</h2>
        <p>{t('export.reportIntro')}</p>
        <div className="field">
          <label htmlFor={selectId}>{t('export.language')}</label>
          <select
            id={selectId}
            aria-describedby={hintId}
            value={reportLanguage}
            onChange={(e) => {
              if (isLanguage(e.target.value)) setChosen(e.target.value);
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.nativeName}
              </option>
            ))}
          </select>
          <p id={hintId} className="hint">
            {t('export.languageHint')}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => void make('pdf')}>
            {t('export.pdf')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void make('docx')}>
            {t('export.docx')}
          </button>
        </div>
        <p
          role="status"
          data-testid="export-status"
          data-state={status.kind}
          className={status.kind === 'failed' ? 'alert alert-error' : undefined}
        >
          {status.kind === 'idle' ? '' : status.text}
        </p>
      </section>

      <DataExports assessmentId={assessment.id} questionnaireId={ref.id} language={reportLanguage} />
    </>
  );
}
