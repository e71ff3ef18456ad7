import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { DocumentLanguage } from './DocumentLanguage';
import { Menu } from './Menu';

// minWidth 0: a wide table (the progress matrix) scrolls inside its own box instead of
// stretching the whole page past the window.
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={{ '& .RaLayout-content': { minWidth: 0 } }}>
    <DocumentLanguage />
    {children}
  </RaLayout>
);
