// What the signed-in frame needs to make its GraphQL client, given to App. Only types come from
// Apollo here: the first route (the sign-in page) loads without it.
import { createContext, useContext } from 'react';
import type { DataRouter } from 'react-router';
import type { ClientOptions } from '../../apollo/client';

/** Tests put their mocks behind the app's own links (`terminating`) and read from the cache first. */
export type SessionClientOptions = Pick<ClientOptions, 'terminating' | 'cacheFirst'>;

export interface SessionClientSetup extends SessionClientOptions {
  /** The app's router: an expired session is sent from where it is to sign-in. */
  router: DataRouter;
}

export const SessionClientSetupContext = createContext<SessionClientSetup | null>(null);

export function useSessionClientSetup(): SessionClientSetup {
  const setup = useContext(SessionClientSetupContext);
  if (!setup) throw new Error('useSessionClientSetup outside App');
  return setup;
}
