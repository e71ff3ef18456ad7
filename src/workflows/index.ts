// The workflows the worker registers.
export { stageApproval } from './stageApproval';
