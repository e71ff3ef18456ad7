// Deadline arithmetic shared by the workflow and the API. Deadlines travel as ISO strings.
const dayMs = 24 * 60 * 60 * 1000;

/** The moment a reminder goes out, `daysBefore` whole days ahead of the deadline. */
export function reminderTime(deadlineIso: string, daysBefore: number): string {
  return new Date(Date.parse(deadlineIso) - daysBefore * dayMs).toISOString();
}

/** Milliseconds from `nowMs` until `iso`, never negative. */
export function msUntil(iso: string, nowMs: number): number {
  return Math.max(0, Date.parse(iso) - nowMs);
}

/** Whole days to the deadline (positive) or days late (negative), counted in calendar days. */
export function daysToDeadline(deadlineIso: string, nowMs: number): number {
  const diff = Date.parse(deadlineIso) - nowMs;
  return diff >= 0 ? Math.ceil(diff / dayMs) : -Math.ceil(-diff / dayMs);
}
