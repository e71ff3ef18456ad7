export const PLAN_CHOICES = [
  { id: 'POA', name: 'ciclo.plan.POA' },
  { id: 'POM', name: 'ciclo.plan.POM' },
];

/** 0 is the whole year (targets only: execution is always of a month); 1..12 the months, named in the UI's language. */
export const monthChoices = (locale: string, wholeYear = true) => [
  ...(wholeYear ? [{ id: 0, name: locale === 'en' ? 'Whole year' : 'Todo el año' }] : []),
  ...Array.from({ length: 12 }, (_, i) => {
    const name = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'es-GT', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1)));
    return { id: i + 1, name: name.charAt(0).toUpperCase() + name.slice(1) };
  }),
];
