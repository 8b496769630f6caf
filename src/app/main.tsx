import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLanguage } from '../i18n';
import { openStorage, StorageError, unavailableRepositories } from '../storage';
import { setRepositories } from '../stores/repositories';
import { checkStorage, loadRememberedLanguage, useSettingsStore } from '../stores/settings-store';
import { App } from './app';
import { StorageProblemBanner } from './storage-problem-banner';
import { reportStorageProblem, useStorageProblem } from './storage-problems';
import './styles.css';

async function boot() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  let language = preferredLanguage(navigator.languages);
  let started = false;
  // While another tab blocks the upgrade of the database, say so (the app itself waits for it).
  const onProblem = (error: StorageError) => {
    reportStorageProblem(error);
    if (error.problem === 'blocked' && !started)
      void initI18n(language).then(() => {
        if (!started)
          root.render(
            <main className="page">
              <StorageProblemBanner />
            </main>,
          );
      });
  };
  try {
    const storage = await openStorage(undefined, onProblem);
    setRepositories(storage.repositories);
    // The tab that blocked the upgrade has closed: that problem is over.
    if (useStorageProblem.getState().problem === 'blocked') useStorageProblem.setState({ problem: undefined });
    language = (await loadRememberedLanguage()) ?? language;
    // Ask for persistent storage at start; the answer is shown in Settings.
    void checkStorage();
  } catch (error) {
    // No database (a private window, storage disabled by policy): what needs no storage still works,
    // e.g. reading the bundled questionnaires, and a banner on every screen says what cannot.
    const problem = error instanceof StorageError ? error : new StorageError('unavailable', String(error));
    setRepositories(unavailableRepositories(problem));
    reportStorageProblem(problem.problem === 'blocked' ? problem : new StorageError('unavailable', problem.message));
  }
  started = true;
  useSettingsStore.setState({ language });
  await initI18n(language);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
