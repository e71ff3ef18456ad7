// What can happen to a stage: each event is written to the audit trail and may be mailed.
export const stageEvents = [
  'submitted',
  'level_approved',
  'approved',
  'returned',
  'reminder',
  'overdue',
  'escalated',
  'extended',
  'deadline_moved',
  'reassigned',
  'off_track',
  'recalled',
  /** A template rule added a reviewer level to the version under review. */
  'rule_fired',
  /** A template rule refused a submission or an approval. */
  'rule_blocked',
] as const;
export type StageEvent = (typeof stageEvents)[number];
