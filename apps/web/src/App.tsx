import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { I18nProvider } from './i18n';

export function App({ client, router }: { client: ApolloClient; router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nProvider>
  );
}
