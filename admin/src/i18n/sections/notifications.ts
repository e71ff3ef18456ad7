// The console's "ciclo.notifications" messages, in Spanish and English (merged in es.ts and en.ts).
export const notificationsMessages = {
    es: {},
    en: {},
};
