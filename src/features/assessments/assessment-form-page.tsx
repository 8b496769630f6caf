import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'wouter';
import { countryName } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import {
  COUNTRIES,
  POPULATION_BANDS,
  URBANISATION,
  profileSchema,
  type ProfileInput,
} from '../../domain/assessment/profile';
import { MAX_YEAR, MIN_YEAR, type Assessment, type QuestionnaireRef } from '../../domain/assessment/schema';
import { problemOf, type StorageProblem } from '../../stores/repositories';
import {
  createAssessment,
  duplicateAssessment,
  loadAssessments,
  useAssessmentsStore,
} from '../../stores/assessments-store';
import {
  loadLibrary,
  loadTranslations,
  selectLocalised,
  selectReadyIn,
  selectVersionsById,
  useLibraryStore,
  type LibraryState,
} from '../../stores/library-store';

type FieldName = 'name' | 'country' | 'nuts' | 'populationBand' | 'urbanisation' | 'year' | 'questionnaires';

const emptyProfile: ProfileInput = {
  name: '',
  country: 'AT',
  lau: '',
  nuts: '',
  populationBand: '20k-50k',
  urbanisation: 'cities',
  organisation: '',
  assessor: '',
};

export function AssessmentFormPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const sourceId = params.get('from') ?? undefined;
  const source = useAssessmentsStore((s) => s.assessments.find((a) => a.id === sourceId));
  const assessmentsStatus = useAssessmentsStore((s) => s.status);
  const library = useLibraryStore();

  const language = useLanguage();
  useEffect(() => {
    void loadLibrary();
    if (sourceId) void loadAssessments();
  }, [sourceId]);
  useEffect(() => {
    void loadTranslations(language);
  }, [language]);

  // The form starts from what is known once the library (and the source, when duplicating) is read.
  if (!selectReadyIn(library, language) || (sourceId && assessmentsStatus !== 'ready'))
    return (
      <p role="status" className="loading">
        {t('common.loading')}
      </p>
    );
  return <AssessmentForm key={sourceId ?? 'new'} source={source} sourceId={sourceId} library={library} />;
}

interface AssessmentFormProps {
  sourceId: string | undefined;
  source: Assessment | undefined;
  library: LibraryState;
}

function AssessmentForm({ sourceId, source, library }: AssessmentFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const versionsById = useMemo(() => selectVersionsById(library), [library]);

  // Duplicating starts from the source's profile, the following year and its questionnaires;
  // creating pre-selects the newest version of every questionnaire in the library.
  const [profile, setProfile] = useState<ProfileInput>(source?.profile ?? emptyProfile);
  const [year, setYear] = useState(String(source ? Math.min(source.year + 1, MAX_YEAR) : new Date().getFullYear()));
  const [chosen, setChosen] = useState<Record<string, string | undefined>>(() =>
    source
      ? Object.fromEntries(source.questionnaires.map((q) => [q.id, q.version]))
      : Object.fromEntries([...versionsById].map(([id, entries]) => [id, entries[0]?.questionnaire.version])),
  );
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [submitting, setSubmitting] = useState(false);
  const [storeError, setStoreError] = useState<StorageProblem | undefined>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const fieldId = (name: string) => `${idPrefix}-${name}`;

  const set = <K extends keyof ProfileInput>(key: K, value: ProfileInput[K]) =>
    setProfile((p) => ({ ...p, [key]: value }));

  function validate(): { refs: QuestionnaireRef[]; yearNumber: number } | undefined {
    const next: Partial<Record<FieldName, string>> = {};
    const parsed = profileSchema.safeParse(profile);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (
          field === 'name' ||
          field === 'country' ||
          field === 'nuts' ||
          field === 'populationBand' ||
          field === 'urbanisation'
        ) {
          next[field] = t(`form.errors.${field}`);
        }
      }
    }
    const yearNumber = Number(year);
    if (!Number.isInteger(yearNumber) || yearNumber < MIN_YEAR || yearNumber > MAX_YEAR) {
      next.year = t('form.errors.year', { min: MIN_YEAR, max: MAX_YEAR });
    }
    const refs = Object.entries(chosen).flatMap(([id, version]) => (version ? [{ id, version }] : []));
    if (refs.length === 0) next.questionnaires = t('form.errors.questionnaires');
    setErrors(next);
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return undefined;
    }
    return { refs, yearNumber };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const valid = validate();
    if (!valid || submitting) return;
    setSubmitting(true);
    try {
      const input = { profile, year: valid.yearNumber, questionnaires: valid.refs };
      const created = sourceId ? await duplicateAssessment(sourceId, input) : await createAssessment(input);
      navigate(`/assessments/${created.id}`);
    } catch (error) {
      // Nothing was stored (the write is one transaction): say so instead of failing silently.
      setStoreError(problemOf(error));
    } finally {
      setSubmitting(false);
    }
  }

  const errorProps = (name: FieldName) =>
    errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': fieldId(`${name}-error`) } : {};
  const errorText = (name: FieldName) =>
    errors[name] ? (
      <p id={fieldId(`${name}-error`)} className="field-error">
        {errors[name]}
      </p>
    ) : null;
  const errorEntries = Object.entries(errors) as [FieldName, string][];

  return (
    <>
      <PageHeading>
        {sourceId ? t('form.titleDuplicate', { name: source?.profile.name ?? '' }) : t('form.title')}
      </PageHeading>
      {sourceId && <p>{t('form.duplicateIntro')}</p>}
      {errorEntries.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="alert alert-error">
          <p className="alert-title">{t('form.errors.summary', { count: errorEntries.length })}</p>
          <ul>
            {errorEntries.map(([name, message]) => (
              <li key={name}>
                <a
                  href={`#${fieldId(name)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(name))?.focus();
                  }}
                >
                  {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <fieldset>
          <legend>{t('form.profile')}</legend>
          <div className="field">
            <label htmlFor={fieldId('name')}>{t('form.name')}</label>
            <input
              id={fieldId('name')}
              name="name"
              value={profile.name}
              onChange={(e) => set('name', e.target.value)}
              required
              autoComplete="off"
              {...errorProps('name')}
            />
            {errorText('name')}
          </div>
          <div className="field">
            <label htmlFor={fieldId('country')}>{t('form.country')}</label>
            <select
              id={fieldId('country')}
              name="country"
              value={profile.country}
              onChange={(e) => set('country', e.target.value as ProfileInput['country'])}
              {...errorProps('country')}
            >
              {[...COUNTRIES]
                .map((code) => ({ code, name: countryName(code, language) }))
                .sort((a, b) => a.name.localeCompare(b.name, language))
                .map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
            </select>
            {errorText('country')}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={fieldId('lau')}>{t('form.lau')}</label>
              <input
                id={fieldId('lau')}
                name="lau"
                value={profile.lau ?? ''}
                onChange={(e) => set('lau', e.target.value)}
                aria-describedby={fieldId('lau-hint')}
              />
              <p id={fieldId('lau-hint')} className="hint">
                {t('form.lauHint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor={fieldId('nuts')}>{t('form.nuts')}</label>
              <input
                id={fieldId('nuts')}
                name="nuts"
                value={profile.nuts ?? ''}
                onChange={(e) => set('nuts', e.target.value.toUpperCase())}
                {...errorProps('nuts')}
              />
              {errorText('nuts')}
            </div>
          </div>
          <div className="field">
            <label htmlFor={fieldId('populationBand')}>{t('form.population')}</label>
            <select
              id={fieldId('populationBand')}
              name="populationBand"
              value={profile.populationBand}
              onChange={(e) => set('populationBand', e.target.value as ProfileInput['populationBand'])}
            >
              {POPULATION_BANDS.map((band) => (
                <option key={band} value={band}>
                  {t(`profile.population.${band}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={fieldId('urbanisation')}>{t('form.urbanisation')}</label>
            <select
              id={fieldId('urbanisation')}
              name="urbanisation"
              value={profile.urbanisation}
              onChange={(e) => set('urbanisation', e.target.value as ProfileInput['urbanisation'])}
              aria-describedby={fieldId('urbanisation-hint')}
            >
              {URBANISATION.map((value) => (
                <option key={value} value={value}>
                  {t(`profile.urbanisation.${value}`)}
                </option>
              ))}
            </select>
            <p id={fieldId('urbanisation-hint')} className="hint">
              {t('form.urbanisationHint')}
            </p>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={fieldId('organisation')}>{t('form.organisation')}</label>
              <input
                id={fieldId('organisation')}
                name="organisation"
                value={profile.organisation ?? ''}
                onChange={(e) => set('organisation', e.target.value)}
                autoComplete="organization"
              />
            </div>
            <div className="field">
              <label htmlFor={fieldId('assessor')}>{t('form.assessor')}</label>
              <input
                id={fieldId('assessor')}
                name="assessor"
                value={profile.assessor ?? ''}
                onChange={(e) => set('assessor', e.target.value)}
                autoComplete="name"
              />
            </div>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={fieldId('year')}>{t('form.year')}</label>
          <input
            id={fieldId('year')}
            name="year"
            type="number"
            inputMode="numeric"
            min={MIN_YEAR}
            max={MAX_YEAR}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            className="narrow"
            {...errorProps('year')}
          />
          {errorText('year')}
        </div>
        <fieldset id={fieldId('questionnaires')} tabIndex={-1} {...errorProps('questionnaires')}>
          <legend>{t('form.questionnaires')}</legend>
          {library.status === 'ready' && versionsById.size === 0 && <p>{t('form.noQuestionnaires')}</p>}
          {[...versionsById].map(([id, entries]) => {
            const newest = entries[0];
            if (!newest || (sourceId && source && !source.questionnaires.some((q) => q.id === id))) return null;
            const included = chosen[id] !== undefined;
            const title = selectLocalised(library, newest.questionnaire, language)?.title ?? newest.questionnaire.title;
            return (
              <div key={id} className="questionnaire-choice">
                <input
                  type="checkbox"
                  id={fieldId(`q-${id}`)}
                  checked={included}
                  onChange={(e) =>
                    setChosen((c) => ({
                      ...c,
                      [id]: e.target.checked
                        ? (source?.questionnaires.find((q) => q.id === id)?.version ?? newest.questionnaire.version)
                        : undefined,
                    }))
                  }
                />
                <label htmlFor={fieldId(`q-${id}`)}>{title}</label>
                {!sourceId && entries.length > 1 && (
                  <>
                    <label htmlFor={fieldId(`v-${id}`)} className="visually-hidden">
                      {t('form.versionOf', { title })}
                    </label>
                    <select
                      id={fieldId(`v-${id}`)}
                      value={chosen[id] ?? newest.questionnaire.version}
                      disabled={!included}
                      onChange={(e) => setChosen((c) => ({ ...c, [id]: e.target.value }))}
                    >
                      {entries.map((entry) => (
                        <option key={entry.key} value={entry.questionnaire.version}>
                          {t('form.version', { version: entry.questionnaire.version })}
                        </option>
                      ))}
                    </select>
                  </>
                )}
                {(sourceId || entries.length === 1) && (
                  <span className="subtle">
                    {' '}
                    {t('form.version', { version: chosen[id] ?? newest.questionnaire.version })}
                  </span>
                )}
              </div>
            );
          })}
          {errorText('questionnaires')}
        </fieldset>
        {storeError && (
          <p role="alert" className="field-error">
            {t(`save.error.${storeError}`)}
          </p>
        )}
        <p>
          <button type="submit" className="primary" disabled={submitting}>
            {sourceId ? t('form.submitDuplicate') : t('form.submit')}
          </button>
        </p>
      </form>
    </>
  );
}
