import { INSTITUTION_KINDS, PARTICIPANT_KINDS } from '../types';

/** Every kind, named by its message: the form and the list. */
export const KIND_CHOICES = INSTITUTION_KINDS.map((id) => ({ id, name: `ciclo.institution.kind.${id}` }));

/** The kinds a cycle can take: every one but the coordinators. */
export const PARTICIPANT_KIND_CHOICES = KIND_CHOICES.filter((choice) => PARTICIPANT_KINDS.includes(choice.id));
