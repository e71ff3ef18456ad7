import CalendarIcon from '@mui/icons-material/CalendarMonth';
import MailPreferencesIcon from '@mui/icons-material/MarkEmailRead';
import UploadIcon from '@mui/icons-material/CloudUpload';
import MailIcon from '@mui/icons-material/MarkEmailRead';
import NotificationsIcon from '@mui/icons-material/Notifications';
import MultiYearIcon from '@mui/icons-material/TableChart';
import { Menu as RaMenu } from 'react-admin';
import { useSettings } from '../settings/useSettings';
import { MenuSection } from './MenuSection';

/**
 * The workflow first (stages, cycles, calendars, audit), then who takes part (institutions and
 * people, for coordinators and admins only), then the plan and budget content in the
 * order a planner fills it in: plan, results, products and targets, indicators, then the budget.
 */
export const Menu = () => {
  const { data: settings } = useSettings();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItem name="stages" />
      <RaMenu.Item to="/calendario" primaryText="ciclo.calendar.title" leftIcon={<CalendarIcon />} />
      <RaMenu.Item to="/notifications" primaryText="ciclo.notifications.title" leftIcon={<NotificationsIcon />} />
      <RaMenu.Item to="/preferencias-de-correo" primaryText="ciclo.mail_preferences.title" leftIcon={<MailPreferencesIcon />} />
      {settings?.mailSink && <RaMenu.Item to="/mail-sink" primaryText="ciclo.notifications.sink_title" leftIcon={<MailIcon />} />}
      <RaMenu.ResourceItem name="cycles" />
      <RaMenu.ResourceItem name="calendar-templates" />
      <RaMenu.ResourceItem name="audit-events" />
      <RaMenu.ResourceItem name="institutions" />
      <RaMenu.ResourceItem name="users" />
      <MenuSection label="ciclo.menu.plan_budget">
        <RaMenu.ResourceItem name="strategic-plans" />
        <RaMenu.ResourceItem name="strategic-results" />
        <RaMenu.ResourceItem name="products" />
        <RaMenu.ResourceItem name="physical-targets" />
        <RaMenu.ResourceItem name="physical-executions" />
        <RaMenu.ResourceItem name="indicators" />
        <RaMenu.ResourceItem name="indicator-targets" />
        <RaMenu.ResourceItem name="indicator-measurements" />
        <RaMenu.ResourceItem name="programmatic-categories" />
        <RaMenu.ResourceItem name="budget-lines" />
        <RaMenu.Item to="/importar" primaryText="ciclo.menu.import" leftIcon={<UploadIcon />} />
        <RaMenu.ResourceItem name="budget-ceilings" />
        <RaMenu.ResourceItem name="budget-projections" />
        <RaMenu.ResourceItem name="production-scenarios" />
        <RaMenu.ResourceItem name="scenario-items" />
        <RaMenu.Item to="/multianual" primaryText="ciclo.menu.multi_year" leftIcon={<MultiYearIcon />} />
        <RaMenu.ResourceItem name="classifiers" />
      </MenuSection>
    </RaMenu>
  );
};
