import type { Role, Stage } from '../types';

export const canSubmit = (role: Role | undefined, stage: Pick<Stage, 'status'>): boolean =>
    (role === 'planner' || role === 'admin') && stage.status === 'draft';

export const canReview = (role: Role | undefined, stage: Pick<Stage, 'status'>): boolean =>
    (role === 'authority' || role === 'admin') && stage.status === 'submitted';
