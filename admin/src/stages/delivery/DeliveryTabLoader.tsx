import { CircularProgress } from '@mui/material';
import { lazy, Suspense } from 'react';

const DeliveryTab = lazy(() => import('./DeliveryTab'));

/** The "Entrega" tab's content, fetched only when the tab is opened. */
export const DeliveryTabLoader = (_props: { label?: false }) => (
  <Suspense fallback={<CircularProgress size={24} />}>
    <DeliveryTab />
  </Suspense>
);
