import '@digdir/designsystemet-theme';
import '@digdir/designsystemet-css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './App';
import { localeReady } from './i18n/locale-store';
import { appRoutes } from './routes';

const router = createBrowserRouter(appRoutes);

// Designsystemet's page-wide behaviours the app uses (dialogs, fields and their polyfills): the
// components that need them import them too, so the first view does not wait for them.
void import('./lib/designsystemet-web');

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

// A stored choice of nynorsk or English: its messages first, so the first view is not in bokmål.
void localeReady().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  ),
);
