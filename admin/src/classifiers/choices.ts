import { CATALOGUES } from '../plan-budget/types';

export const CATALOGUE_CHOICES = CATALOGUES.map((id) => ({ id, name: `ciclo.catalogue.${id}` }));
