import { Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { categoryCode, type CategoryParts } from './categoryCode';

/** The code the category will get, as the parts are typed. */
export const CategoryCodePreview = () => {
  const translate = useTranslate();
  const [programa, subPrograma, proyecto, actividad, obra] = useWatch({
    name: ['programa', 'subPrograma', 'proyecto', 'actividad', 'obra'],
  }) as (number | null)[];
  const parts: CategoryParts = { programa, subPrograma, proyecto, actividad, obra };
  return (
    <Typography variant="body2" sx={{ mb: 2 }} aria-live="polite">
      {translate('ciclo.content.category_code')}:{' '}
      <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
        {categoryCode(parts)}
      </Typography>
    </Typography>
  );
};
