import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink } from '../../domain/assessment/schema';
import { safeLinkUrl } from '../../domain/assessment/links';

interface EvidenceLinksProps {
  links: readonly EvidenceLink[];
  itemLabel: string;
  onChange: (links: EvidenceLink[]) => void;
}

/** Links to evidence (documents, pages). Only http(s) addresses become clickable links. */
export function EvidenceLinks({ links, itemLabel, onChange }: EvidenceLinksProps) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');

  function add(event: FormEvent) {
    event.preventDefault();
    const safe = safeLinkUrl(url);
    if (safe === undefined) {
      setError(t('evidence.invalidUrl'));
      return;
    }
    onChange([...links, { label: label.trim(), url: safe }]);
    setLabel('');
    setUrl('');
    setError('');
  }

  return (
    <div className="evidence-links">
      <h4 id={`${id}-h`}>{t('evidence.title')}</h4>
      {links.length > 0 && (
        <ul aria-labelledby={`${id}-h`}>
          {links.map((link, index) => {
            const href = safeLinkUrl(link.url);
            const text = link.label || link.url;
            return (
              <li key={index}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {text}
                  </a>
                ) : (
                  <span>{text}</span>
                )}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(links.filter((_, i) => i !== index))}
                  aria-label={t('evidence.remove', { label: text })}
                >
                  {t('evidence.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {/* A div, not a nested <form>: the item card is not a form, and Enter in the URL field adds. */}
      <div className="evidence-add" role="group" aria-label={t('evidence.addGroup', { item: itemLabel })}>
        <div className="field">
          <label htmlFor={`${id}-label`}>{t('evidence.label')}</label>
          <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('evidence.url')}</label>
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') add(e);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="button" onClick={add}>
          {t('evidence.add')}
        </button>
      </div>
    </div>
  );
}
