import { getUser } from '../session';

/** The signed-in user's institution, the default of every create form and page. */
export const ownInstitutionId = (): string | undefined => {
  const id = getUser()?.institutionId;
  return id == null ? undefined : String(id);
};
