import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import type { Answer, Assessment } from '../../src/domain/assessment/schema';
import { loadQuestionnaireText } from '../../src/domain/questionnaire/load';
import { localiseQuestionnaire } from '../../src/domain/questionnaire/localise';
import type { Language, Questionnaire } from '../../src/domain/questionnaire/schema';
import { loadTranslation } from '../../src/domain/questionnaire/translation';
import { buildReport } from '../../src/domain/report/build';
import type { ReportDocument } from '../../src/domain/report/model';
import type { PeerComparison } from '../../src/domain/report/peers';
import type { ReportT } from '../../src/domain/report/text';
import { root } from './bundled-files';

const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

export function eif4scc(): Questionnaire {
  const loaded = loadQuestionnaireText(
    readFileSync(join(root, 'questionnaires/eif4scc/1.0.0.json'), 'utf8'),
    'eif4scc',
  );
  if (!loaded.ok) throw new Error('eif4scc does not load');
  return loaded.value;
}

/** The questionnaire in `language`, from its bundled translation file, as the app does it. */
export function localised(q: Questionnaire, language: Language): Questionnaire {
  if (language === q.language) return q;
  const path = `questionnaires/${q.id}/i18n/${q.version}/${language}.json`;
  const t = loadTranslation(json(path), path, q, true);
  if (!t.ok) throw new Error(`${path} does not load`);
  return localiseQuestionnaire(q, language, t.value.content);
}

/** The report strings of `language` with English as fallback, as the app's getFixedT gives them. */
export async function reportT(language: Language): Promise<ReportT> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: {
      en: { translation: json('locales/en/translation.json') as Record<string, unknown> },
      [language]: { translation: json(`locales/${language}/translation.json`) as Record<string, unknown> },
    },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  const t = instance.getFixedT(language);
  return (key, vars) => t(key as never, vars as never) as unknown as string;
}

export const ASSESSMENT: Assessment = {
  id: 'a1',
  profile: {
    name: 'Il-Belt Valletta',
    country: 'MT',
    lau: '',
    nuts: '',
    populationBand: '5k-20k',
    urbanisation: 'cities',
    organisation: 'Kunsill Lokali',
    assessor: 'Ġorġ Ħabib',
  },
  year: 2026,
  questionnaires: [{ id: 'eif4scc', version: '1.0.0' }],
  status: 'in-progress',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

/** A few answers of every kind: levels, not applicable, notes, evidence, a flag, a planned target. */
export function answersFor(q: Questionnaire): Answer[] {
  const base = { assessmentId: 'a1', questionnaireId: q.id, updatedAt: '2026-03-02T10:00:00.000Z' };
  const [a, b, c, d] = q.items;
  if (!a || !b || !c || !d) throw new Error('too few items');
  return [
    {
      ...base,
      itemId: a.id,
      value: 2,
      note: 'Audit 2025: żewġ siti għadhom mhux konformi.',
      evidence: [
        {
          label: 'Accessibility statement',
          url: 'https://example.eu/a11y/statement-2025-with-a-very-long-path-that-must-wrap-somewhere',
        },
      ],
      flagged: true,
      plan: { targetLevel: 4, year: 2027 },
    },
    { ...base, itemId: b.id, value: 4, note: '', evidence: [], flagged: false, plan: null },
    { ...base, itemId: c.id, value: 'na', note: '', evidence: [], flagged: false, plan: null },
    { ...base, itemId: d.id, value: 1, note: 'Nothing yet.', evidence: [], flagged: false, plan: null },
  ];
}

export async function eif4sccReport(language: Language, peers?: PeerComparison[]): Promise<ReportDocument> {
  const q = eif4scc();
  return buildReport({
    language,
    t: await reportT(language),
    assessment: ASSESSMENT,
    answers: answersFor(q),
    questionnaires: [{ questionnaire: localised(q, language), contentLanguage: language }],
    peers,
    createdAt: '2026-03-15T09:30:00.000Z',
  });
}
