import { useTranslation } from 'react-i18next';
import { formatTime } from './format';
import { useLanguage } from './use-language';
import { useAnsweringStore } from '../stores/answering-store';

/** Tells, politely and visibly, whether every change is committed to this browser's storage. */
export function SaveStatus() {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useAnsweringStore((s) => s.save);
  let text = t('save.idle');
  if (save.kind === 'saving') text = t('save.saving');
  if (save.kind === 'saved') text = t('save.saved', { time: formatTime(save.at, language) });
  if (save.kind === 'error') text = t(`save.error.${save.problem}`);
  return (
    <p className={`save-status save-${save.kind}`} role="status" data-save-state={save.kind}>
      {text}
    </p>
  );
}
