import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLanguage } from '../i18n';
import { openStorage, StorageError, unavailableRepositories } from '../storage';
import { setRepositories } from '../stores/repositories';
import { checkStorage, loadRememberedLanguage, useSettingsStore } from '../stores/settings-store';
import { App } from './app';
import { reportStorageProblem } from './storage-problems';
import './styles.css';

async function boot() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  let language = preferredLanguage(navigator.languages);
  try {
    const storage = await openStorage();
    storage.onProblem(reportStorageProblem);
    setRepositories(storage.repositories);
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
  useSettingsStore.setState({ language });
  await initI18n(language);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
