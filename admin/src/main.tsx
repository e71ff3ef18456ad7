import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
import { App } from './App';
import { dataProvider } from './dataProvider';
import { startCoordinatorHomeReads } from './home/coordinatorHomeReads';
import { queryClient } from './queryClient';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

startCoordinatorHomeReads(queryClient, dataProvider, 'opening');

createRoot(container).render(
  <StrictMode>
    {/* Navigations commit at once, not as transitions: signing out (or arriving without a session)
        clears react-admin's queries, whose urgent re-renders kept interrupting the transition to the
        login page; the check-and-sign-out loop then ran thousands of times, about 10 s of CPU. */}
    <HashRouter useTransitions={false}>
      <App />
    </HashRouter>
  </StrictMode>,
);
