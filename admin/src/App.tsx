import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import auditEvents from './audit-events';
import budgetCeilings from './budget-ceilings';
import budgetLines from './budget-lines';
import budgetProjections from './budget-projections';
import calendarTemplates from './calendar-templates';
import classifiers from './classifiers';
import { authProvider } from './authProvider';
import cycles from './cycles';
import { HomePage } from './home/HomePage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import indicatorMeasurements from './indicator-measurements';
import indicatorTargets from './indicator-targets';
import indicators from './indicators';
import institutions from './institutions';
import { Layout } from './layout/Layout';
import { MailSinkList } from './mail-sink/MailSinkList';
import { MailSinkShow } from './mail-sink/MailSinkShow';
import { NotificationList } from './notifications/NotificationList';
import physicalExecutions from './physical-executions';
import physicalTargets from './physical-targets';
import productionScenarios from './production-scenarios';
import products from './products';
import programmaticCategories from './programmatic-categories';
import scenarioItems from './scenario-items';
import stages from './stages';
import strategicPlans from './strategic-plans';
import strategicResults from './strategic-results';
import users from './users';
import { queryClient } from './queryClient';
import { theme } from './theme';

// The two working pages of the plan and budget: loaded when opened, not with the console.
const ImportPage = lazy(() => import('./imports/ImportPage'));
const MultiYearPage = lazy(() => import('./multi-year/MultiYearPage'));
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));
const MailPreferencesPage = lazy(() => import('./mail-preferences/MailPreferencesPage'));
const InstitutionImportPage = lazy(() => import('./institutions/InstitutionImportPage'));

export const App = () => (
  <Admin
    title="Ciclo"
    queryClient={queryClient}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={HomePage}
    layout={Layout}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    {/* The menu's order is layout/Menu.tsx's. */}
    <Resource name="stages" {...stages} />
    <Resource name="cycles" {...cycles} />
    <Resource name="calendar-templates" {...calendarTemplates} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="institutions" {...institutions} />
    <Resource name="users" {...users} />
    <Resource name="strategic-plans" {...strategicPlans} />
    <Resource name="strategic-results" {...strategicResults} />
    <Resource name="products" {...products} />
    <Resource name="physical-targets" {...physicalTargets} />
    <Resource name="physical-executions" {...physicalExecutions} />
    <Resource name="indicators" {...indicators} />
    <Resource name="indicator-targets" {...indicatorTargets} />
    <Resource name="indicator-measurements" {...indicatorMeasurements} />
    <Resource name="programmatic-categories" {...programmaticCategories} />
    <Resource name="budget-lines" {...budgetLines} />
    <Resource name="budget-ceilings" {...budgetCeilings} />
    <Resource name="budget-projections" {...budgetProjections} />
    <Resource name="production-scenarios" {...productionScenarios} />
    <Resource name="scenario-items" {...scenarioItems} />
    <Resource name="classifiers" {...classifiers} />
    <Resource name="notifications" list={NotificationList} options={{ label: 'ciclo.notifications.title' }} />
    <Resource name="mail-sink" list={MailSinkList} show={MailSinkShow} options={{ label: 'ciclo.notifications.sink_title' }} />
    <CustomRoutes>
      <Route path="/importar" element={<ImportPage />} />
      <Route path="/multianual" element={<MultiYearPage />} />
      <Route path="/calendario" element={<CalendarPage />} />
      <Route path="/preferencias-de-correo" element={<MailPreferencesPage />} />
      <Route path="/importar-instituciones" element={<InstitutionImportPage />} />
    </CustomRoutes>
    {/* A mail's approve/return link and first sign-in link: react-admin renders noLayout routes without a session. */}
    <CustomRoutes noLayout>
      <Route path="/correo/accion/:token" element={<EmailActionPage />} />
      <Route path="/primer-acceso/:token" element={<PasswordSetupPage />} />
    </CustomRoutes>
  </Admin>
);

const EmailActionPage = lazy(() => import('./email-action/EmailActionPage'));
const PasswordSetupPage = lazy(() => import('./password-setup/PasswordSetupPage'));
