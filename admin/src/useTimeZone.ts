import { DEFAULT_TIME_ZONE } from './dates';
import { getUser } from './session';

/**
 * The time zone of the signed-in person's institution, for dates that belong to no stage
 * (a stage's own dates use the stage's zone). The default when the person has no institution.
 */
export const useTimeZone = (): string => getUser()?.timeZone ?? DEFAULT_TIME_ZONE;
