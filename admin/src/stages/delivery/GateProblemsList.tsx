import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { GateProblem } from '../../plan-budget/types';

interface GateProblemsListProps {
  problems: GateProblem[];
  /** A translation key; it gets the number of problems as smart_count. */
  title: string;
}

/** Every problem of a deliverable's gates: the message, the gate it failed and the item at fault. */
export const GateProblemsList = ({ problems, title }: GateProblemsListProps) => {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      <AlertTitle>{translate(title, { smart_count: problems.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {problems.map((problem, index) => (
          <li key={`${problem.gate ?? ''}-${problem.ref ?? ''}-${index}`}>
            <Typography variant="body2" component="span">
              {problem.message}
            </Typography>
            {(problem.gate || problem.ref) && (
              <Typography variant="caption" component="span" color="text.secondary" sx={{ ml: 1 }}>
                {[problem.gate ? translate(`ciclo.gate.${problem.gate}`, { _: problem.gate }) : null, problem.ref].filter(Boolean).join(' · ')}
              </Typography>
            )}
          </li>
        ))}
      </Box>
    </Alert>
  );
};
