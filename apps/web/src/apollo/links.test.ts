import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { Observable } from 'rxjs';
import type { Locale } from '@samhandling/shared';
import { createLink } from './links';

const query = gql`
  query Ping {
    me {
      id
    }
  }
`;

/** A client whose requests go through the app's links and end in a stub that records headers. */
function clientWith(options: { getLocale: () => Locale; onUnauthenticated?: () => void; result?: ApolloLink.Result }) {
  const seen: Record<string, string>[] = [];
  const terminating = new ApolloLink((operation) => {
    seen.push({ ...(operation.getContext().headers as Record<string, string>) });
    return new Observable((observer) => {
      observer.next(options.result ?? { data: { me: { __typename: 'Me', id: '1' } } });
      observer.complete();
    });
  });
  const client = new ApolloClient({
    link: createLink({ getLocale: options.getLocale, onUnauthenticated: options.onUnauthenticated ?? jest.fn(), terminating }),
    cache: new InMemoryCache(),
  });
  return { client, seen };
}

describe('Apollo links', () => {
  it('sends the current language as Accept-Language on every request', async () => {
    let locale: Locale = 'nb';
    const { client, seen } = clientWith({ getLocale: () => locale });

    await client.query({ query, fetchPolicy: 'network-only' });
    locale = 'nn';
    await client.query({ query, fetchPolicy: 'network-only' });
    locale = 'en';
    await client.query({ query, fetchPolicy: 'network-only' });

    expect(seen.map((headers) => headers['Accept-Language'])).toEqual(['nb', 'nn', 'en']);
  });

  it('reports UNAUTHENTICATED so the app can show the sign-in page', async () => {
    const onUnauthenticated = jest.fn();
    const { client } = clientWith({
      getLocale: () => 'nb',
      onUnauthenticated,
      result: { data: null, errors: [new GraphQLError('Du må logge inn.', { extensions: { code: 'UNAUTHENTICATED' } })] },
    });

    await expect(client.query({ query })).rejects.toThrow('Du må logge inn.');

    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not treat other errors as a lost session', async () => {
    const onUnauthenticated = jest.fn();
    const { client } = clientWith({
      getLocale: () => 'nb',
      onUnauthenticated,
      result: { data: null, errors: [new GraphQLError('Du har ikke tilgang til dette.', { extensions: { code: 'FORBIDDEN' } })] },
    });

    await expect(client.query({ query })).rejects.toThrow('Du har ikke tilgang til dette.');

    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
