import { Admin, Resource } from 'react-admin';
import auditEvents from './audit-events';
import { authProvider } from './authProvider';
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
        <Resource name="stages" {...stages} />
        <Resource name="audit-events" {...auditEvents} />
    </Admin>
);
