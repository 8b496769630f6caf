import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QuestionnaireItem } from '../../domain/questionnaire/schema';

/** An item of another questionnaire that cites the same MIM capability. */
export interface RelatedLink {
  readonly key: string;
  readonly questionnaire: string;
  readonly question: string;
  /** Set when the other questionnaire is part of this assessment. */
  readonly href: string | undefined;
}

/** Where an item comes from: framework, what it assesses, official and derived references, related items. */
export function Provenance({
  provenance,
  assessesLabel,
  inSourceLanguage,
  related = [],
}: {
  provenance: QuestionnaireItem['provenance'];
  /** What the item assesses in the reader's language: the source text, or the translated group path. */
  assessesLabel: string;
  /** Free-text notes and sources exist in the source language only and are shown only there. */
  inSourceLanguage: boolean;
  related?: readonly RelatedLink[];
}) {
  const { t } = useTranslation();
  const { framework, officialRecommendation, eif2017, mims, standards, note } = provenance;
  return (
    <div className="provenance">
      <h4>{t('provenance.title')}</h4>
      <dl>
        <div>
          <dt>{t('provenance.assesses')}</dt>
          <dd>
            {framework}: {assessesLabel}
          </dd>
        </div>
        <div>
          <dt>{t('provenance.official')}</dt>
          <dd>
            {officialRecommendation
              ? t('provenance.officialNumber', {
                  number: officialRecommendation.number,
                  source: officialRecommendation.source,
                })
              : t('provenance.noOfficial')}
          </dd>
        </div>
        {eif2017.length > 0 && (
          <div>
            <dt>{t('provenance.eif2017')}</dt>
            <dd>{eif2017.join(', ')}</dd>
          </div>
        )}
        {mims.length > 0 && (
          <div>
            <dt>{t('provenance.mims')}</dt>
            <dd>{mims.join(', ')}</dd>
          </div>
        )}
        {standards.length > 0 && (
          <div>
            <dt>{t('provenance.standards')}</dt>
            <dd>{standards.join(', ')}</dd>
          </div>
        )}
        {related.length > 0 && (
          <div>
            <dt>{t('provenance.related')}</dt>
            <dd>
              <ul className="related-list">
                {related.map((r) => (
                  <li key={r.key}>
                    {r.href ? <Link href={r.href}>{r.question}</Link> : r.question}{' '}
                    <span className="subtle">({r.questionnaire})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {note && inSourceLanguage && (
          <div>
            <dt>{t('provenance.note')}</dt>
            <dd>{note}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
