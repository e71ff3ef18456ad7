-- The publication of the Open Budget Survey's eight documents runs as a cycle of its own
-- (GT-TRANSPARENCIA), beside the planning and the monitoring of the same fiscal year.
ALTER TYPE "CyclePhase" ADD VALUE 'transparency';
