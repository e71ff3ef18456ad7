// The workflows the worker registers.
export { stageApproval } from './stageApproval';
export { institutionCycle } from './institutionCycle';
export { governmentCycle } from './governmentCycle';
export { overdueDigest } from './overdueDigest';
