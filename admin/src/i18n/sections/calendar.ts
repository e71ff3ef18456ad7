// The console's "ciclo.calendar" messages, in Spanish and English (merged in es.ts and en.ts).
export const calendarMessages = {
    es: {},
    en: {},
};
