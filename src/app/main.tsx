import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLanguage } from '../i18n';
import { openStorage, StorageError } from '../storage';
import { setRepositories } from '../stores/repositories';
import { checkStorage, loadRememberedLanguage, useSettingsStore } from '../stores/settings-store';
import { App } from './app';
import { StorageUnavailable } from './storage-unavailable';
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
  } catch (error) {
    await initI18n(language);
    root.render(<StorageUnavailable problem={error instanceof StorageError ? error.problem : 'unavailable'} />);
    return;
  }
  useSettingsStore.setState({ language });
  // Ask for persistent storage at start; the answer is shown in Settings.
  void checkStorage();
  await initI18n(language);
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
