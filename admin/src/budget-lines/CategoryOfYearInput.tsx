import { useWatch } from 'react-hook-form';
import { CodeReferenceInput } from '../plan-budget/CodeReferenceInput';

/** The line's programmatic category, among those of the line's fiscal year. */
export const CategoryOfYearInput = () => {
  const fiscalYear = useWatch({ name: 'fiscalYear' }) as number | null | undefined;
  return <CodeReferenceInput source="categoryId" reference="programmatic-categories" filter={typeof fiscalYear === 'number' ? { fiscalYear } : undefined} required />;
};
