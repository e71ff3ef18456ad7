/**
 * The institutions a coordinator can put in a cycle.
 *
 * A fixed list for now: the API has no institutions endpoint yet, so these are the four pilot
 * ministries of the demo seed (MSPAS, MINEDUC, MAGA, CIV). Replace this with a
 * ReferenceArrayInput on an `institutions` resource once the API lists them. The names are
 * proper names of Guatemalan institutions and are not translated.
 */
export const MINISTRY_CHOICES = [
    { id: 'MSPAS', name: 'MSPAS · Ministerio de Salud Pública y Asistencia Social' },
    { id: 'MINEDUC', name: 'MINEDUC · Ministerio de Educación' },
    { id: 'MAGA', name: 'MAGA · Ministerio de Agricultura, Ganadería y Alimentación' },
    { id: 'CIV', name: 'CIV · Ministerio de Comunicaciones, Infraestructura y Vivienda' },
] as const;
