import type { Stage } from '../types';

/** Interpolation values for the ciclo.dialog.*_content messages. */
export const dialogArgs = (stage: Stage) => ({
  stage: stage.name,
  institution: stage.institutionCode,
  version: stage.version,
});
