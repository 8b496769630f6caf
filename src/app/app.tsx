import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useParams } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LanguageSelect } from '../components/language-select';
import { AnswerPage } from '../features/assess/answer-page';
import { AssessmentFormPage } from '../features/assessments/assessment-form-page';
import { AssessmentListPage } from '../features/assessments/assessment-list-page';
import { LibraryPage } from '../features/library/library-page';
import { SettingsPage } from '../features/settings/settings-page';
import { changeLanguage } from '../i18n';
import { rememberLanguage, useSettingsStore } from '../stores/settings-store';
import { StorageProblemBanner } from './storage-problem-banner';
import { UpdatePrompt } from './update-prompt';

export function App() {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const languageId = useId();

  useEffect(() => {
    void changeLanguage(language);
  }, [language]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t, language]);

  return (
    <Router hook={useHashLocation}>
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNav')}>
          <ul>
            <li>
              <Link href="/" aria-current={undefined}>
                {t('nav.assessments')}
              </Link>
            </li>
            <li>
              <Link href="/library">{t('nav.library')}</Link>
            </li>
            <li>
              <Link href="/settings">{t('nav.settings')}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSelect id={languageId} onChange={(l) => void rememberLanguage(l)} />
      </header>
      <UpdatePrompt />
      <StorageProblemBanner />
      <main id="main" tabIndex={-1} className="page">
        <Switch>
          <Route path="/" component={AssessmentListPage} />
          <Route path="/new" component={AssessmentFormPage} />
          <Route path="/assessments/:id/:qid?/:gid?" component={AnswerRoute} />
          <Route path="/library" component={LibraryPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </Router>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <Link href="/">{t('notFound.back')}</Link>
    </>
  );
}

function AnswerRoute() {
  const params = useParams<{ id: string; qid?: string; gid?: string }>();
  return <AnswerPage key={params.id} assessmentId={params.id} questionnaireId={params.qid} groupId={params.gid} />;
}
