// Keeps an open plan current: a subscription (graphql-ws, loaded with the plan page only) hears
// every save to the plan, and the plan is read again through the policy when someone else saved.
// After a lost connection it is read once more, as changes may have been missed meanwhile.
import type { DocumentNode } from 'graphql';
import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';

const SUBSCRIPTION = 'subscription PlanChanged($planId: ID!) { planChanged(planId: $planId) { entity entityId action byMe } }';

/** `queries`: the page's queries that show the plan (kept the same between renders). */
export function usePlanLive(planId: string, queries: readonly DocumentNode[]): void {
  const client = useApolloClient();
  useEffect(() => {
    let stopped = false;
    let dispose: (() => void) | undefined;
    const refresh = () => void client.refetchQueries({ include: [...queries] });
    void import('graphql-ws').then(({ createClient }) => {
      if (stopped) return;
      const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
      const ws = createClient({
        url,
        lazy: false,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        on: { connected: (_socket, _payload, wasRetry) => (wasRetry ? refresh() : undefined) },
      });
      const unsubscribe = ws.subscribe<{ planChanged: { byMe: boolean } }>(
        { query: SUBSCRIPTION, variables: { planId } },
        {
          next: (result) => {
            if (result.data && !result.data.planChanged.byMe) refresh();
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      dispose = () => {
        unsubscribe();
        void ws.dispose();
      };
    });
    return () => {
      stopped = true;
      dispose?.();
    };
  }, [client, planId, queries]);
}
