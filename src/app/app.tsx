import { lazy, Suspense, useEffect, useId, type ComponentType } from 'react';
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
import { loadTranslations } from '../stores/library-store';
import { rememberLanguage, useSettingsStore } from '../stores/settings-store';
import { StorageProblemBanner } from './storage-problem-banner';
import { UpdatePrompt } from './update-prompt';

export function App() {
  const { t } = useTranslation();
  const language = useSettingsStore((s) => s.language);
  const languageId = useId();

  useEffect(() => {
    void changeLanguage(language);
    void loadTranslations(language);
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
      <Suspense fallback={null}>
        <BackupReminder />
      </Suspense>
      <main id="main" tabIndex={-1} className="page">
        <Switch>
          <Route path="/" component={AssessmentListPage} />
          <Route path="/new" component={AssessmentFormPage} />
          <Route path="/assessments/:id" component={AnswerRoute} />
          <Route path="/assessments/:id/answer/:qid?/:gid?" component={AnswerRoute} />
          <Route path="/assessments/:id/results/:qid?" component={ResultsRoute} />
          <Route path="/assessments/:id/plan/:qid?" component={PlanRoute} />
          <Route path="/assessments/:id/methodology/:qid?" component={MethodologyRoute} />
          <Route path="/assessments/:id/trend/:qid?" component={TrendRoute} />
          <Route path="/assessments/:id/versions/:qid?" component={VersionsRoute} />
          <Route path="/assessments/:id/export/:qid?" component={ExportRoute} />
          <Route path="/assessments/:id/benchmark/:qid?" component={BenchmarkRoute} />
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

type AssessmentParams = { id: string; qid?: string; gid?: string };

function AnswerRoute() {
  const params = useParams<AssessmentParams>();
  return <AnswerPage key={params.id} assessmentId={params.id} questionnaireId={params.qid} groupId={params.gid} />;
}

// Screens with charts load on demand, with Recharts, outside the first load.
const ResultsPage = lazy(() => import('../features/results/results-page'));
const PlanPage = lazy(() => import('../features/plan/plan-page'));
const MethodologyPage = lazy(() => import('../features/methodology/methodology-page'));
const TrendPage = lazy(() => import('../features/trend/trend-page'));
const VersionsPage = lazy(() => import('../features/versions/versions-page'));
// The export screen; the PDF and Word libraries load from it only when a report is made.
const ExportPage = lazy(() => import('../features/export/export-page'));
// The reminder and the backup code it uses load after the first screen.
const BackupReminder = lazy(() => import('./backup-reminder'));
const BenchmarkPage = lazy(() => import('../features/benchmark/benchmark-page'));

function lazyRoute(Page: ComponentType<{ assessmentId: string; questionnaireId: string | undefined }>) {
  return function LazyRoute() {
    const { t } = useTranslation();
    const params = useParams<AssessmentParams>();
    return (
      <Suspense
        fallback={
          <p role="status" className="loading">
            {t('common.loading')}
          </p>
        }
      >
        <Page key={params.id} assessmentId={params.id} questionnaireId={params.qid} />
      </Suspense>
    );
  };
}
const ResultsRoute = lazyRoute(ResultsPage);
const PlanRoute = lazyRoute(PlanPage);
const MethodologyRoute = lazyRoute(MethodologyPage);
const TrendRoute = lazyRoute(TrendPage);
const VersionsRoute = lazyRoute(VersionsPage);
const ExportRoute = lazyRoute(ExportPage);
const BenchmarkRoute = lazyRoute(BenchmarkPage);
