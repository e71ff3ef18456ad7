// The console's "ciclo.emailAction" messages, in Spanish and English (merged in es.ts and en.ts).
export const emailActionMessages = {
    es: {},
    en: {},
};
