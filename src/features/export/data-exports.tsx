import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../components/download';
import { useLanguage } from '../../components/use-language';
import {
  ANSWER_COLUMNS,
  PROFILE_FIELDS,
  SCORE_COLUMNS,
  type AnswerColumn,
  type ProfileField,
  type ScoreColumn,
} from '../../domain/export/sheet-rows';
import type { Language } from '../../domain/questionnaire/schema';
import { fixedT, LANGUAGES } from '../../i18n';
import { exportAssessmentJson } from '../../stores/assessment-files';
import { csvFiles, sheetInput, xlsxFile, type SheetLabels } from '../../stores/spreadsheet-export';

type Kind = 'xlsx' | 'csvAnswers' | 'csvScores' | 'json';

const fromKeys = <K extends string>(keys: readonly K[], label: (key: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;

async function labelsIn(language: Language): Promise<SheetLabels> {
  const t = await fixedT(language);
  return {
    answerColumns: fromKeys<AnswerColumn>(ANSWER_COLUMNS, (c) => t(`dataExport.columns.${c}`)),
    scoreColumns: fromKeys<ScoreColumn>(SCORE_COLUMNS, (c) => t(`dataExport.columns.${c}`)),
    profileFields: fromKeys<ProfileField>(PROFILE_FIELDS, (f) => t(`dataExport.profile.${f}`)),
    field: t('dataExport.profile.field'),
    value: t('dataExport.profile.value'),
    overall: t('dataExport.overall'),
    sheets: {
      answers: t('dataExport.sheets.answers'),
      scores: t('dataExport.sheets.scores'),
      profile: t('dataExport.sheets.profile'),
    },
  };
}

interface DataExportsProps {
  assessmentId: string;
  /** Unused for now: the files hold every questionnaire of the assessment, each row naming its own. */
  questionnaireId?: string | undefined;
  /** The language of the files; when absent the section offers its own choice. */
  language?: Language;
}

/** Spreadsheet, CSV and JSON downloads of one assessment. Spreadsheet code loads only when asked for. */
export function DataExports({ assessmentId, language: given }: DataExportsProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const selectId = useId();
  const [chosen, setChosen] = useState<Language | undefined>();
  const language = given ?? chosen ?? uiLanguage;
  const [busy, setBusy] = useState<Kind | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  async function run(kind: Kind) {
    setBusy(kind);
    setMessage(undefined);
    try {
      let fileName: string;
      if (kind === 'json') {
        const file = await exportAssessmentJson(assessmentId);
        downloadFile(file.fileName, file.text, 'application/json');
        fileName = file.fileName;
      } else {
        const [input, labels] = await Promise.all([sheetInput(assessmentId, language), labelsIn(language)]);
        if (kind === 'xlsx') {
          const file = await xlsxFile(input, labels);
          downloadFile(file.fileName, file.data, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
          fileName = file.fileName;
        } else {
          const file = csvFiles(input, labels)[kind === 'csvAnswers' ? 'answers' : 'scores'];
          downloadFile(file.fileName, file.text, 'text/csv;charset=utf-8');
          fileName = file.fileName;
        }
      }
      setMessage({ ok: true, text: t('dataExport.done', { file: fileName }) });
    } catch (error) {
      setMessage({ ok: false, text: t('dataExport.failed', { reason: error instanceof Error ? error.message : '' }) });
    } finally {
      setBusy(undefined);
    }
  }

  const kinds: Kind[] = ['xlsx', 'csvAnswers', 'csvScores', 'json'];
  return (
    <section aria-labelledby={`${selectId}-h`} className="data-exports">
      <h2 id={`${selectId}-h`}>{t('dataExport.title')}</h2>
      <p>{t('dataExport.intro')}</p>
      {given === undefined && (
        <div className="field">
          <label htmlFor={selectId}>{t('dataExport.language')}</label>
          <select id={selectId} value={language} onChange={(e) => setChosen(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.nativeName}
              </option>
            ))}
          </select>
        </div>
      )}
      <ul className="export-actions">
        {kinds.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              onClick={() => void run(kind)}
              disabled={busy !== undefined}
              aria-describedby={`${selectId}-${kind}`}
            >
              {t(`dataExport.actions.${kind}`)}
            </button>{' '}
            <span id={`${selectId}-${kind}`} className="subtle">
              {t(`dataExport.hints.${kind}`)}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className={message ? `alert ${message.ok ? 'alert-success' : 'alert-error'}` : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
