import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerChange } from '../../domain/assessment/schema';
import type { QuestionnaireItem, Scale } from '../../domain/questionnaire/schema';
import { EvidenceLinks } from './evidence-links';
import { Provenance, type RelatedLink } from './provenance';

interface ItemCardProps {
  questionnaireId: string;
  item: QuestionnaireItem;
  number: number;
  scale: Scale;
  answer: Answer | undefined;
  related: readonly RelatedLink[] | undefined;
  assessesLabel: string;
  inSourceLanguage: boolean;
  onChange: (itemId: string, change: AnswerChange) => void;
}

export const ItemCard = memo(function ItemCard({
  questionnaireId,
  item,
  number,
  scale,
  answer,
  related,
  assessesLabel,
  inSourceLanguage,
  onChange,
}: ItemCardProps) {
  const { t } = useTranslation();
  const base = `${questionnaireId}-${item.id}`;
  const value = answer?.value ?? null;
  const change = (c: AnswerChange) => onChange(item.id, c);
  return (
    <section className="item-card" aria-labelledby={`${base}-q`} data-item-id={item.id}>
      <h3 id={`${base}-q`}>
        <span className="item-number">{t('item.number', { number })}</span> {item.question}
      </h3>
      <p className="why">
        <strong>{t('item.why')}</strong> {item.why}
      </p>
      <Provenance
        provenance={item.provenance}
        assessesLabel={assessesLabel}
        inSourceLanguage={inSourceLanguage}
        related={related}
      />
      <fieldset className="levels">
        <legend>{t('item.levelLegend')}</legend>
        {scale.levels.map((level) => {
          const id = `${base}-l${level.value}`;
          return (
            <div key={level.value} className={`level${value === level.value ? ' selected' : ''}`}>
              <input
                type="radio"
                id={id}
                name={`${base}-level`}
                value={level.value}
                checked={value === level.value}
                onChange={() => change({ value: level.value })}
                aria-describedby={`${id}-rubric`}
              />
              <label htmlFor={id}>
                <span className="level-name">{t('item.level', { level: level.value, label: level.label })}</span>
              </label>
              <p id={`${id}-rubric`} className="rubric">
                {item.rubric[String(level.value)]}
              </p>
            </div>
          );
        })}
        {scale.allowNotApplicable && (
          <div className={`level level-na${value === 'na' ? ' selected' : ''}`}>
            <input
              type="radio"
              id={`${base}-na`}
              name={`${base}-level`}
              value="na"
              checked={value === 'na'}
              onChange={() => change({ value: 'na' })}
              aria-describedby={`${base}-na-hint`}
            />
            <label htmlFor={`${base}-na`}>
              <span className="level-name">{t('item.notApplicable')}</span>
            </label>
            <p id={`${base}-na-hint`} className="rubric">
              {t('item.notApplicableHint')}
            </p>
          </div>
        )}
        {value !== null && (
          <button type="button" className="link-button" onClick={() => change({ value: null })}>
            {t('item.clear')}
          </button>
        )}
      </fieldset>
      {item.evidence.length > 0 && (
        <div className="evidence-examples">
          <h4>{t('item.evidenceExamples')}</h4>
          <ul>
            {item.evidence.map((example, i) => (
              <li key={i}>{example}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${base}-note`}>{t('item.note')}</label>
        <NoteField id={`${base}-note`} value={answer?.note ?? ''} onChange={(note) => change({ note })} />
      </div>
      <EvidenceLinks
        links={answer?.evidence ?? []}
        itemLabel={t('item.number', { number })}
        onChange={(evidence) => change({ evidence })}
      />
      <div className="flag">
        <input
          type="checkbox"
          id={`${base}-flag`}
          checked={answer?.flagged ?? false}
          onChange={(e) => change({ flagged: e.target.checked })}
        />
        <label htmlFor={`${base}-flag`}>{t('item.flag')}</label>
      </div>
    </section>
  );
});

/**
 * The note, saved at every keystroke. While it has the focus it shows what the user types, so a
 * change arriving from another tab never rewrites the text under the cursor; it shows on leaving.
 */
function NoteField({ id, value, onChange }: { id: string; value: string; onChange: (note: string) => void }) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  return (
    <textarea
      id={id}
      value={draft ?? value}
      rows={3}
      onFocus={() => setDraft(value)}
      onBlur={() => setDraft(undefined)}
      onChange={(e) => {
        setDraft(e.target.value);
        onChange(e.target.value);
      }}
    />
  );
}
