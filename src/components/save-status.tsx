import { useTranslation } from 'react-i18next';
import { formatTime } from './format';
import { useLanguage } from './use-language';
import { retrySaving, useAnsweringStore } from '../stores/answering-store';

/**
 * Tells, politely and visibly, whether every change is committed to this browser's storage; after a
 * failure it says so ("not saved"), whether the change is still kept in the journal, and offers a retry.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useAnsweringStore((s) => s.save);
  let text = t('save.idle');
  if (save.kind === 'saving') text = t('save.saving');
  if (save.kind === 'saved') text = t('save.saved', { time: formatTime(save.at, language) });
  if (save.kind === 'error')
    text = `${t(`save.error.${save.problem}`)} ${save.journaled ? t('safety.journaled') : t('safety.notKept')}`;
  return (
    <div className="save-status-line">
      <p className={`save-status save-${save.kind}`} role="status" data-save-state={save.kind}>
        {text}
      </p>
      {save.kind === 'error' && save.problem !== 'upgraded-elsewhere' && (
        <button type="button" onClick={() => void retrySaving()}>
          {t('safety.retry')}
        </button>
      )}
    </div>
  );
}
