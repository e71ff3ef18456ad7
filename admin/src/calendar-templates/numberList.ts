/** "14, 7, 1" → [14, 7, 1]; null when any part is not a whole number. */
export const parseNumberList = (text: string): number[] | null => {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((part) => /^\d+$/.test(part))) return null;
  return parts.map(Number);
};

export const formatNumberList = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '');

/** Reminder days: up to 6 whole numbers between 1 and 90 (as the template schema says). */
export const validateReminderDays = (value: unknown): string | undefined =>
  Array.isArray(value) && value.length <= 6 && value.every((day) => Number.isInteger(day) && day >= 1 && day <= 90) ? undefined : 'ciclo.template.invalid_day_list';
