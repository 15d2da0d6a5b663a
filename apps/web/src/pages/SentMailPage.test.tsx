import type { Unmasked } from '@apollo/client';
import type { SentMailQuery as SentMailData } from '../gql/graphql';
import { SentMailQuery } from '../modules/mail/graphql';
import { mockMe } from '../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../test-utils/render';

type Mail = Unmasked<SentMailData>['sentMail']['entries'][number];

const mail = (overrides: Partial<Mail> = {}): Mail => ({
  __typename: 'SentMail',
  id: 'm-1',
  kind: 'INVITATION',
  status: 'SENT',
  to: 'per.aasen@legesenter.no',
  toName: 'Per Aasen',
  subject: 'Invitasjon til ansvarsgruppemøte',
  textBody: 'Du er invitert til ansvarsgruppemøte.\nSted: Fjordvik helsehus',
  attempts: 1,
  createdAt: '2026-03-01T08:00:00.000Z',
  sentAt: '2026-03-01T08:00:05.000Z',
  nextAttemptAt: null,
  lastError: null,
  calendarUrl: '/api/mail/m-1/ics',
  senderName: 'Ingrid Solberg',
  ...overrides,
});

const page = (entries: Mail[], options: { totalCount?: number; nextCursor?: string | null; after?: string } = {}) =>
  mockResult(SentMailQuery, { first: 20, ...(options.after ? { after: options.after } : {}) }, {
    __typename: 'Query',
    sentMail: {
      __typename: 'SentMailPage',
      entries,
      totalCount: options.totalCount ?? entries.length,
      hasMore: !!options.nextCursor,
      nextCursor: options.nextCursor ?? null,
    },
  });

const rows = async () => within(await screen.findByRole('table', { name: 'Sendt e-post, den nyeste først' })).getAllByRole('row').slice(1);

describe('SentMailPage', () => {
  it("shows KE the mail with status, sender, the text on request and the calendar file, a page at a time", async () => {
    const { user } = renderApp({
      route: '/epost',
      mocks: [
        mockMe('SYSTEM_COORDINATOR'),
        page(
          [
            mail(),
            mail({
              id: 'm-2',
              kind: 'MINUTES',
              status: 'PENDING',
              subject: 'Referat er klart',
              sentAt: null,
              attempts: 2,
              nextAttemptAt: '2026-03-01T09:00:00.000Z',
              lastError: 'ESOCKET',
              calendarUrl: null,
              senderName: 'Jonas Lie',
            }),
          ],
          { totalCount: 3, nextCursor: 'c-1' },
        ),
        page([mail({ id: 'm-3', kind: 'CANCELLATION', status: 'FAILED', subject: 'Møtet er avlyst', sentAt: null, lastError: 'EMESSAGE SMTP 550', calendarUrl: '/api/mail/m-3/ics' })], {
          totalCount: 3,
          after: 'c-1',
        }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sendt e-post' })).toBeInTheDocument();
    let list = await rows();
    expect(list).toHaveLength(2);
    expect(list[0]).toHaveTextContent('Invitasjon til ansvarsgruppemøte');
    expect(list[0]).toHaveTextContent('Sendt av Ingrid Solberg');
    expect(list[0]).toHaveTextContent('per.aasen@legesenter.no');
    expect(list[0]).toHaveTextContent('Invitasjon');
    expect(within(list[0]!).getByText('Sendt', { selector: '[data-color="success"]' })).toBeInTheDocument();
    const download = within(list[0]!).getByRole('link', { name: 'Last ned kalenderfil (.ics): Invitasjon til ansvarsgruppemøte' });
    expect(download).toHaveAttribute('href', '/api/mail/m-1/ics');
    expect(download).toHaveTextContent('Last ned kalenderfil (.ics)');

    expect(list[1]).toHaveTextContent('Venter på sending');
    expect(list[1]).toHaveTextContent('2 forsøk');
    expect(list[1]).toHaveTextContent('Feilkode fra e-postserveren: ESOCKET');
    expect(list[1]).toHaveTextContent('Nytt forsøk');
    expect(within(list[1]!).queryByRole('link')).not.toBeInTheDocument();

    // The text is behind "Vis teksten".
    const text = within(list[0]!).getByText(/Sted: Fjordvik helsehus/);
    expect(text).not.toBeVisible();
    await user.click(within(list[0]!).getByText('Vis teksten'));
    await waitFor(() => expect(text).toBeVisible());

    expect(screen.getByText('Viser 2 av 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis flere' }));
    await waitFor(() => expect(screen.getByText('Viser 3 av 3')).toBeInTheDocument());
    list = await rows();
    expect(list[2]).toHaveTextContent('Møtet er avlyst');
    expect(list[2]).toHaveTextContent('Ikke levert');
    expect(list[2]).toHaveTextContent('Avlysning');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
  });

  it('tells a coordinator when nothing has been sent', async () => {
    renderApp({ route: '/epost', mocks: [mockMe('COORDINATOR'), page([])] });
    expect(await screen.findByText('Ingen e-post er sendt ennå.')).toBeInTheDocument();
    expect(screen.getByText(/E-post som er sendt når du har planlagt/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("leaves out the sender for a coordinator (it is they)", async () => {
    renderApp({ route: '/epost', mocks: [mockMe('COORDINATOR'), page([mail()])] });
    const [row] = await rows();
    expect(row).not.toHaveTextContent('Sendt av');
  });

  it('shows the error with a retry', async () => {
    const { user } = renderApp({
      route: '/epost',
      mocks: [mockMe('SYSTEM_COORDINATOR'), mockGraphQLError(SentMailQuery, { first: 20 }, { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' }), page([mail()])],
    });
    expect(await screen.findByText('Noe gikk galt hos oss. Prøv igjen om litt.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Prøv igjen/ }));
    expect(await rows()).toHaveLength(1);
  });

  it('is not there for the other roles', async () => {
    renderApp({ route: '/epost', mocks: [mockMe('SERVICE_PROVIDER')] });
    expect(await screen.findByRole('heading', { level: 1, name: /finnes ikke|Fant ikke/i })).toBeInTheDocument();
  });
});
