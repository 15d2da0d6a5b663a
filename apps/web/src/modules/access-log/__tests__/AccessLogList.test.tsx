import { mockGraphQLError, renderWithProviders, screen, waitFor, within } from '../../../test-utils/render';
import { AccessLogList } from '../components/AccessLogList';
import { AccessLogQuery } from '../graphql';
import { accessLogLine, EMIL_ID, mockAccessLog, SOFIE_ID, sofieAccessLog } from '../../citizen/__tests__/citizen.fixtures';

const asSofie = { person: { id: SOFIE_ID, firstName: 'Sofie', isSelf: true } };

async function findLines() {
  const log = await screen.findByRole('region', { name: 'Hvem har sett opplysningene dine' });
  return within(log).findAllByRole('listitem');
}

describe('AccessLogList', () => {
  it('shows one line per reader, part and day: who, what, how many times and when last', async () => {
    renderWithProviders(<AccessLogList {...asSofie} />, { mocks: [sofieAccessLog] });

    const lines = await findLines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveTextContent('Per Aasen');
    expect(lines[0]).toHaveTextContent('Fastlege · Tjenesteyter · Fjordvik legesenter');
    expect(lines[0]).toHaveTextContent('Leste planen, 3 ganger');
    expect(lines[0]).toHaveTextContent('2. mai 2025, sist kl. 09:15');
    expect(lines[1]).toHaveTextContent('Ingrid Solberg');
    expect(lines[1]).toHaveTextContent('Koordinator · Hjemmetjenesten');
    expect(lines[1]).toHaveTextContent('Så navnet i listen over brukere, 1 gang');
    expect(lines[1]).toHaveTextContent('1. mai 2025, kl. 14:00');
    expect(screen.getByText('Viser 2 av 2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('fetches the next page from the server and adds it below', async () => {
    const page2 = jest.fn(() => ({
      data: {
        __typename: 'Query' as const,
        accessLog: {
          __typename: 'AccessLogPage' as const,
          entries: [accessLogLine({ day: '2025-04-30', actorName: 'Siri Vik', actorTitle: 'Fysioterapeut', actorUnits: [], lastAt: '2025-04-30T06:00:00.000Z' })],
          totalCount: 3,
          hasMore: false,
          nextCursor: null,
        },
      },
    }));
    const { user } = renderWithProviders(<AccessLogList {...asSofie} />, {
      mocks: [
        mockAccessLog(SOFIE_ID, { entries: [accessLogLine(), accessLogLine({ day: '2025-05-01', lastAt: '2025-05-01T07:00:00.000Z' })], totalCount: 3, nextCursor: 'cursor-1' }),
        { request: { query: AccessLogQuery, variables: { personId: SOFIE_ID, first: 20, includeOwnReads: false, after: 'cursor-1' } }, result: page2 },
      ],
    });

    expect(await findLines()).toHaveLength(2);
    expect(screen.getByText('Viser 2 av 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis flere' }));

    await waitFor(() => expect(screen.getByText('Viser 3 av 3')).toBeInTheDocument());
    expect(page2).toHaveBeenCalledTimes(1);
    const lines = await findLines();
    expect(lines).toHaveLength(3);
    expect(lines[2]).toHaveTextContent('Siri Vik');
    expect(lines[2]).toHaveTextContent('30. apr. 2025, kl. 08:00');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
  });

  it('shows the error when the next page fails, and keeps the lines it has', async () => {
    const { user } = renderWithProviders(<AccessLogList {...asSofie} />, {
      mocks: [
        mockAccessLog(SOFIE_ID, { entries: [accessLogLine()], totalCount: 2, nextCursor: 'cursor-1' }),
        mockGraphQLError(
          AccessLogQuery,
          { personId: SOFIE_ID, first: 20, includeOwnReads: false, after: 'cursor-1' },
          { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' },
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Vis flere' }));

    expect(await screen.findByText('Noe gikk galt hos oss. Prøv igjen om litt.')).toBeInTheDocument();
    expect(await findLines()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Vis flere' })).toBeInTheDocument();
  });

  it('shows the reads by the person themselves only when asked', async () => {
    const { user } = renderWithProviders(<AccessLogList {...asSofie} />, {
      mocks: [
        sofieAccessLog,
        mockAccessLog(
          SOFIE_ID,
          { entries: [accessLogLine({ actorName: 'Sofie Berg', actorTitle: null, actorRole: 'CITIZEN', actorUnits: [], action: 'accessLog.read', count: 2 })] },
          { includeOwnReads: true },
        ),
      ],
    });

    expect(await findLines()).toHaveLength(2);
    expect(screen.queryByText('Sofie Berg')).not.toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: 'Vis også når du selv har sett' });
    expect(toggle).not.toBeChecked();

    await user.click(toggle);

    expect(toggle).toBeChecked();
    expect(await screen.findByText('Sofie Berg')).toBeInTheDocument();
    const lines = await findLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveTextContent('Innbygger');
    expect(lines[0]).toHaveTextContent('Så denne loggen, 2 ganger');

    // Back to the first answer, from the cache.
    await user.click(toggle);
    await waitFor(() => expect(screen.queryByText('Sofie Berg')).not.toBeInTheDocument());
    expect(await findLines()).toHaveLength(2);
  });

  it('says so when no one has read the data', async () => {
    renderWithProviders(<AccessLogList {...asSofie} />, { mocks: [mockAccessLog(SOFIE_ID, { entries: [] })] });

    expect(await screen.findByText('Ingen har sett opplysningene dine ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('names the child when a guardian acts for them', async () => {
    renderWithProviders(<AccessLogList person={{ id: EMIL_ID, firstName: 'Emil', isSelf: false }} />, {
      mocks: [mockAccessLog(EMIL_ID, { entries: [accessLogLine({ actorName: 'Jonas Lie' })] })],
    });

    const log = await screen.findByRole('region', { name: 'Hvem har sett opplysningene til Emil' });
    expect(log).toHaveTextContent('Hver gang noen leser opplysningene til Emil, blir det logget.');
    expect(within(log).getByRole('switch', { name: 'Vis også når Emil eller foresatte har sett' })).toBeInTheDocument();
    expect(await within(log).findByText('Jonas Lie')).toBeInTheDocument();
  });

  it('shows the error with a retry when the log cannot be read', async () => {
    renderWithProviders(<AccessLogList {...asSofie} />, {
      mocks: [
        mockGraphQLError(
          AccessLogQuery,
          { personId: SOFIE_ID, first: 20, includeOwnReads: false },
          { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' },
        ),
      ],
    });

    expect(await screen.findByText('Noe gikk galt hos oss. Prøv igjen om litt.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Kunne ikke hente data.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });

  it('offers no retry when trying again cannot help', async () => {
    renderWithProviders(<AccessLogList {...asSofie} />, {
      mocks: [
        mockGraphQLError(
          AccessLogQuery,
          { personId: SOFIE_ID, first: 20, includeOwnReads: false },
          { code: 'FORBIDDEN', message: 'Du har ikke tilgang til dette.' },
        ),
      ],
    });

    expect(await screen.findByText('Du har ikke tilgang til dette.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Prøv igjen' })).not.toBeInTheDocument();
  });
});
