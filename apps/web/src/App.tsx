import { useMemo } from 'react';
import { RouterProvider, type DataRouter } from 'react-router';
import { I18nProvider } from './i18n';
import { SessionClientSetupContext, type SessionClientOptions } from './modules/session/session-client';

/** The app; each signed-in frame makes its own GraphQL client (see SignedInLayout). */
export function App({ router, clientOptions }: { router: DataRouter; clientOptions?: SessionClientOptions }) {
  const setup = useMemo(() => ({ ...clientOptions, router }), [clientOptions, router]);
  return (
    <I18nProvider>
      <SessionClientSetupContext.Provider value={setup}>
        <RouterProvider router={router} />
      </SessionClientSetupContext.Provider>
    </I18nProvider>
  );
}
