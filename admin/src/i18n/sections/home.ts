// The console's "ciclo.home" messages, in Spanish and English (merged in es.ts and en.ts).
export const homeMessages = {
    es: {},
    en: {},
};
