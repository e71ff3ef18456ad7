// The next time a local clock shows a given hour, for daily jobs. Offsets are fixed (no summer
// time in Guatemala or Peru), so "the same hour tomorrow" is exactly 24 hours later.
import { localDate, startOfLocalDay } from './calendar/businessDays';

const hourMs = 3_600_000;

export function nextLocalTime(nowIso: string, hour: number, utcOffset: string): { at: string; localDate: string } {
  const todayAt = Date.parse(startOfLocalDay(localDate(nowIso, utcOffset), utcOffset)) + hour * hourMs;
  const at = new Date(todayAt > Date.parse(nowIso) ? todayAt : todayAt + 24 * hourMs).toISOString();
  return { at, localDate: localDate(at, utcOffset) };
}
