import { CATALOGUES } from '../content/types';

export const CATALOGUE_CHOICES = CATALOGUES.map((id) => ({ id, name: `ciclo.catalogue.${id}` }));
