import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider, type DataRouter } from 'react-router';
import { I18nProvider } from './i18n';

export function App({ client, router }: { client: ApolloClient; router: DataRouter }) {
  return (
    <I18nProvider>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nProvider>
  );
}
