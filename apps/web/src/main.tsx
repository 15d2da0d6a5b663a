import '@digdir/designsystemet-theme';
import '@digdir/designsystemet-css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/client';
import { App } from './App';
import { getLocale } from './i18n';
import { handleUnauthenticated } from './modules/session/session-lost';
import { appRoutes } from './routes';

const router = createBrowserRouter(appRoutes);

const client = createApolloClient({
  getLocale,
  onUnauthenticated: () => handleUnauthenticated(router, client),
});

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

createRoot(root).render(
  <StrictMode>
    <App client={client} router={router} />
  </StrictMode>,
);
