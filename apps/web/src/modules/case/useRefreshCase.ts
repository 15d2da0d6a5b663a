import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/**
 * After a change to the case, every section on the page asks again: a decision opens the
 * appointment, an appointment adds to the history, and each section has a query of its own.
 */
export function useRefreshCase(): () => Promise<unknown> {
  const client = useApolloClient();
  return useCallback(() => client.refetchQueries({ include: 'active' }), [client]);
}
