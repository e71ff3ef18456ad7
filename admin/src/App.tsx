import { Admin, Resource } from 'react-admin';
import auditEvents from './audit-events';
import calendarTemplates from './calendar-templates';
import { authProvider } from './authProvider';
import cycles from './cycles';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import stages from './stages';

export const App = () => (
    <Admin
        title="Ciclo"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        dashboard={Dashboard}
        layout={Layout}
        requireAuth
        disableTelemetry
    >
        {/* The menu follows this order: Etapas, Ciclos, Plantillas de calendario, Eventos de auditoría. */}
        <Resource name="stages" {...stages} />
        <Resource name="cycles" {...cycles} />
        <Resource name="calendar-templates" {...calendarTemplates} />
        <Resource name="audit-events" {...auditEvents} />
    </Admin>
);
