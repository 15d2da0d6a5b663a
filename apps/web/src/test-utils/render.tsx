// Render helpers for tests: a component inside the app's providers (Apollo's MockedProvider), or
// the whole app with mocks behind its own Apollo links.
import type { OperationVariables, TypedDocumentNode, Unmasked } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter } from 'react-router';
import type { Locale } from '@samhandling/shared';
import { createCache } from '../apollo/client';
import { App } from '../App';
import { I18nProvider } from '../i18n';
import { resetLocaleForTests } from '../i18n/locale-store';
import { appRoutes } from '../routes';

export * from '@testing-library/react';
export { userEvent };

type Mocks = ReadonlyArray<MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>>;

export interface RenderOptions {
  mocks?: Mocks;
  /** The URL to start at. */
  route?: string;
  locale?: Locale;
}

/** Renders a component inside the providers and a memory router. */
export function renderWithProviders(ui: ReactElement, { mocks = [], route = '/', locale = 'nb' }: RenderOptions = {}) {
  resetLocaleForTests(locale);
  const user = userEvent.setup();
  const result: RenderResult = render(
    <I18nProvider>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
  return { user, ...result };
}

/**
 * Renders the whole app (routes, layout, header) at a URL. Each signed-in frame makes its own
 * client as in the browser, with the app's own Apollo links in front of the mocks:
 * Accept-Language and the handling of an expired session run as they do there.
 */
export function renderApp({ mocks = [], route = '/', locale = 'nb' }: RenderOptions = {}) {
  resetLocaleForTests(locale);
  const user = userEvent.setup();
  const router = createMemoryRouter(appRoutes, { initialEntries: [route] });
  const result: RenderResult = render(<App router={router} clientOptions={{ terminating: new MockLink(mocks), cacheFirst: true }} />);
  return { user, router, ...result };
}

/** A mocked query or mutation result, typed by the generated document (fragments unmasked). */
export function mockResult<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  data: Unmasked<TData>,
  options: { maxUsageCount?: number; delay?: number } = {},
): MockLink.MockedResponse<TData, TVariables> {
  return { request: { query, variables }, result: { data }, ...options };
}

/** A mocked GraphQL error as the API sends it: a translated message and extensions.code. */
export function mockGraphQLError<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  error: { code: string; message: string; fields?: { field: string; message: string }[] },
  options: { maxUsageCount?: number } = {},
): MockLink.MockedResponse<TData, TVariables> {
  return {
    request: { query, variables },
    result: {
      data: null as unknown as Unmasked<TData>,
      errors: [new GraphQLError(error.message, { extensions: { code: error.code, ...(error.fields ? { fields: error.fields } : {}) } })],
    },
    ...options,
  };
}

/** A JSON Response for mocking fetch. */
export function jsonResponse(body: unknown, status = 200): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    json: async () => body,
    text: async () => JSON.stringify(body),
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
  } as unknown as Response;
}
