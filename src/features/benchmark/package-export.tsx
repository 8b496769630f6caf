import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/schema';
import { buildPackage } from '../../domain/benchmark/export';
import type { QuestionnaireScore } from '../../domain/scoring/score';

/**
 * Shares the city's scores as an anonymised benchmark package. The user sees the exact file before
 * saving it; the name is left out unless they tick the box.
 */
export const PackageExport = memo(function PackageExport({
  assessment,
  questionnaireRef,
  result,
}: {
  assessment: Assessment;
  questionnaireRef: { id: string; version: string };
  result: QuestionnaireScore;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [shareName, setShareName] = useState(false);
  const [packageId] = useState(() => crypto.randomUUID());
  const json = useMemo(
    () =>
      `${JSON.stringify(buildPackage(assessment, questionnaireRef, result, { id: packageId, shareName }), null, 2)}\n`,
    [assessment, questionnaireRef, result, packageId, shareName],
  );
  const download = () => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `benchmark-${questionnaireRef.id}-${questionnaireRef.version}-${assessment.year}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby="share-h">
      <h2 id="share-h">{t('benchmark.share.title')}</h2>
      <p>{t('benchmark.share.intro')}</p>
      <ul>
        <li>{t('benchmark.share.shared')}</li>
        <li>{t('benchmark.share.notShared')}</li>
      </ul>
      <p className="choice">
        <input id={`${id}-name`} type="checkbox" checked={shareName} onChange={(e) => setShareName(e.target.checked)} />{' '}
        <label htmlFor={`${id}-name`}>{t('benchmark.share.includeName', { name: assessment.profile.name })}</label>
      </p>
      <p className="field">
        <label htmlFor={`${id}-preview`}>{t('benchmark.share.preview')}</label>
        <textarea
          id={`${id}-preview`}
          readOnly
          rows={14}
          value={json}
          className="package-preview"
          data-testid="package-preview"
        />
      </p>
      <button type="button" onClick={download}>
        {t('benchmark.share.download')}
      </button>
    </section>
  );
});
