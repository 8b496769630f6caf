import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime, formatNumber } from '../../components/format';
import { useLanguage } from '../../components/use-language';
import type { PeerPoolRow } from '../../stores/benchmark-store';
import {
  cancelImport,
  importFromUrl,
  importPool,
  removePool,
  selectableWith,
  useBenchmarkStore,
} from '../../stores/benchmark-store';
import { isSyntheticPool } from '../../stores/peer-comparison';
import { ImportOutcomeView } from './import-outcome';

const DEMO_POOL_URL = `${import.meta.env.BASE_URL}demo/synthetic-pool.json`;

/** Importing, listing, choosing and removing peer pools. Everything stays on this device. */
export function PoolsPanel({ poolIds, onChoose }: { poolIds: string[]; onChoose: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pools = useBenchmarkStore((s) => s.pools);
  const job = useBenchmarkStore((s) => s.job);
  const [url, setUrl] = useState('');
  const [removing, setRemoving] = useState<PeerPoolRow | null>(null);
  const ids = { files: useId(), folder: useId(), url: useId(), progress: useId() };
  const busy = job !== null;

  const fromInput = (input: HTMLInputElement, kind: 'file' | 'folder') => {
    const files = [...(input.files ?? [])].filter((f) => kind === 'file' || /\.(json|ndjson|jsonl)$/i.test(f.name));
    input.value = '';
    if (files.length === 0) return;
    const label = kind === 'folder' ? (files[0]?.webkitRelativePath.split('/')[0] ?? '') : files.map((f) => f.name).join(', '); // prettier-ignore
    void importPool(
      files.map((f) => ({ name: f.webkitRelativePath || f.name, blob: f })),
      { kind, label },
    );
  };

  return (
    <section aria-labelledby="pools-h">
      <h2 id="pools-h">{t('benchmark.pools.title')}</h2>
      <p>{t('benchmark.pools.intro')}</p>
      <div className="pool-import">
        <p className="field">
          <label htmlFor={ids.files}>{t('benchmark.pools.files')}</label>
          <input
            id={ids.files}
            type="file"
            multiple
            accept=".json,.ndjson,.jsonl,application/json"
            disabled={busy}
            onChange={(e) => fromInput(e.currentTarget, 'file')}
          />
        </p>
        <p className="field">
          <label htmlFor={ids.folder}>{t('benchmark.pools.folder')}</label>
          <input
            id={ids.folder}
            type="file"
            multiple
            disabled={busy}
            ref={(el) => el?.setAttribute('webkitdirectory', '')}
            onChange={(e) => fromInput(e.currentTarget, 'folder')}
          />
        </p>
        <form
          className="field"
          onSubmit={(e) => {
            e.preventDefault();
            if (url.trim()) void importFromUrl(url.trim(), 'url');
          }}
        >
          <label htmlFor={ids.url}>{t('benchmark.pools.url')}</label>
          <input id={ids.url} type="url" value={url} disabled={busy} onChange={(e) => setUrl(e.target.value)} />
          <button type="submit" disabled={busy || url.trim() === ''}>
            {t('benchmark.pools.fetch')}
          </button>
          <span className="subtle">{t('benchmark.pools.urlNote')}</span>
        </form>
        <p>
          <button type="button" disabled={busy} onClick={() => void importFromUrl(DEMO_POOL_URL, 'demo')}>
            {t('benchmark.pools.demo')}
          </button>
        </p>
      </div>

      {job && (
        <div className="import-progress" role="status">
          <label htmlFor={ids.progress}>
            {t(`benchmark.progress.${job.phase}`, { file: job.file, done: job.done, total: job.total })}
          </label>
          <progress id={ids.progress} max={job.total} value={job.done} />
          <button type="button" onClick={cancelImport}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <ImportOutcomeView />

      {pools.length === 0 ? (
        <p>{t('benchmark.pools.none')}</p>
      ) : (
        <table className="data-table" data-testid="pool-table">
          <caption>{t('benchmark.pools.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('benchmark.pools.use')}</th>
              <th scope="col">{t('benchmark.pools.pool')}</th>
              <th scope="col">{t('benchmark.pools.source')}</th>
              <th scope="col">{t('benchmark.pools.records')}</th>
              <th scope="col">{t('benchmark.pools.imported')}</th>
              <th scope="col">{t('benchmark.pools.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {pools.map((p) => {
              const chosen = poolIds.includes(p.id);
              const allowed = chosen || selectableWith(pools, poolIds, p);
              return (
                <tr key={p.id}>
                  <td>
                    <input
                      type="checkbox"
                      checked={chosen}
                      disabled={!allowed}
                      aria-label={t('benchmark.pools.useLabel', { title: p.title })}
                      onChange={(e) => onChoose(e.target.checked ? [...poolIds, p.id] : poolIds.filter((id) => id !== p.id))} // prettier-ignore
                    />
                    {!allowed && <span className="subtle"> {t('benchmark.pools.noMixing')}</span>}
                  </td>
                  <th scope="row">
                    {p.title}
                    {isSyntheticPool(p) && <span className="badge-synthetic">{t('benchmark.synthetic.badge')}</span>}
                  </th>
                  <td>
                    {t(`benchmark.source.${p.source.kind}`)}: <span className="break">{p.source.label}</span>
                  </td>
                  <td>{t('benchmark.pools.recordCount', { n: formatNumber(p.recordCount, language) })}</td>
                  <td>{formatDateTime(p.importedAt, language)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => setRemoving(p)}
                      aria-label={t('benchmark.pools.removeLabel', { title: p.title })}
                    >
                      {t('benchmark.pools.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('benchmark.remove.title', { title: removing?.title ?? '' })}
        confirmLabel={t('benchmark.remove.confirm')}
        cancelLabel={t('benchmark.remove.keep')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void removePool(removing.id);
          setRemoving(null);
        }}
      >
        <p>{t('benchmark.remove.body', { n: formatNumber(removing?.recordCount ?? 0, language) })}</p>
      </ConfirmDialog>
    </section>
  );
}
