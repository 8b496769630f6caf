import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceDialog } from '../../components/choice-dialog';
import { readFileText } from '../../components/download';
import { IssueList } from '../../components/issue-list';
import { MAX_ASSESSMENT_FILE_CHARS } from '../../domain/export/assessment-file';
import type { ValidationIssue } from '../../domain/validation/issues';
import {
  commitAssessmentImport,
  readAssessmentImport,
  type ImportChoice,
  type ReadImport,
} from '../../stores/assessment-files';

type Outcome =
  { kind: 'imported'; name: string; year: number } | { kind: 'rejected'; file: string; issues: ValidationIssue[] };

/** "Import assessment": a JSON file exported by this app, validated, written all or nothing. */
export default function ImportAssessment() {
  const { t } = useTranslation();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<(ReadImport & { file: string }) | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  async function commit(read: ReadImport & { file: string }, choice: ImportChoice) {
    setPending(undefined);
    try {
      const written = await commitAssessmentImport(read.doc, choice, (name) => t('dataImport.copyName', { name }));
      setOutcome({ kind: 'imported', name: written.profile.name, year: written.year });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'rejected', file: read.file, issues: [{ file: read.file, path: '$', message }] });
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setOutcome(undefined);
    const read = await readFileText(file, MAX_ASSESSMENT_FILE_CHARS);
    // The same file can be chosen again (e.g. to import it twice).
    if (inputRef.current) inputRef.current.value = '';
    if (!read.ok) {
      const issue = {
        file: file.name,
        path: '$',
        message: t('dataImport.tooLarge', {
          size: Math.ceil(read.size / 1048576),
          max: MAX_ASSESSMENT_FILE_CHARS / 1048576,
        }),
      };
      setOutcome({ kind: 'rejected', file: file.name, issues: [issue] });
      return;
    }
    const result = await readAssessmentImport(file.name, read.text);
    if (!result.ok) {
      setOutcome({ kind: 'rejected', file: file.name, issues: result.issues });
      return;
    }
    if (result.value.clash) setPending({ ...result.value, file: file.name });
    else await commit({ ...result.value, file: file.name }, 'add');
  }

  const clash = pending?.clash;
  return (
    <div className="import-assessment">
      <div className="field">
        <label htmlFor={inputId}>{t('dataImport.label')}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => void onFile(e)}
        />
        <p id={`${inputId}-hint`} className="subtle">
          {t('dataImport.hint')}
        </p>
      </div>
      {outcome?.kind === 'imported' && (
        <p role="status" className="alert alert-success">
          {t('dataImport.imported', { name: outcome.name, year: outcome.year })}
        </p>
      )}
      {outcome?.kind === 'rejected' && (
        <IssueList title={t('dataImport.rejected', { file: outcome.file })} issues={outcome.issues} />
      )}
      <ChoiceDialog
        open={pending !== undefined}
        title={t('dataImport.clash.title')}
        cancelLabel={t('common.cancel')}
        choices={[
          { id: 'keep-both', label: t('dataImport.clash.keepBoth') },
          { id: 'replace', label: t('dataImport.clash.replace'), danger: true },
        ]}
        onCancel={() => setPending(undefined)}
        onChoose={(id) => {
          if (pending) void commit(pending, id === 'replace' ? 'replace' : 'keep-both');
        }}
      >
        {clash && (
          <>
            <p>{t('dataImport.clash.body', { name: clash.profile.name, year: clash.year })}</p>
            <ul>
              <li>{t('dataImport.clash.keepBothHint')}</li>
              <li>{t('dataImport.clash.replaceHint')}</li>
            </ul>
          </>
        )}
      </ChoiceDialog>
    </div>
  );
}
