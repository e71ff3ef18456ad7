import type { FormPathMapper } from '../serverErrors';

const DEADLINE_FIELDS = /^stages\.(\d+)\.deadline\.(kind|month|day|yearOffset|stage|days|dayKind|adjustment)$/;
const STAGE_FIELDS = /^stages\.(\d+)\.(name\.es|name\.en|deliverable|legalBasis|hardDeadline)$/;

/**
 * API error paths of a template (e.g. "stages.5.deadline.day") that are inputs of the
 * template form; `withIdentity` when the form also has code and jurisdiction (create).
 */
export const templateFormPath =
  (withIdentity: boolean): FormPathMapper =>
  (path) => {
    if (path === 'name.es' || path === 'name.en') return path;
    if (withIdentity && (path === 'code' || path === 'jurisdiction')) return path;
    if (DEADLINE_FIELDS.test(path) || STAGE_FIELDS.test(path)) return path;
    const reminders = /^stages\.(\d+)\.reminderDaysBefore(\.\d+)?$/.exec(path);
    if (reminders) return `stages.${reminders[1]}.reminderDaysBefore`;
    // An invalid rule as a whole (e.g. an unknown kind) is shown on its kind.
    const rule = /^stages\.(\d+)\.deadline$/.exec(path);
    if (rule) return `stages.${rule[1]}.deadline.kind`;
    return null;
  };
