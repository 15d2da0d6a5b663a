import { useQuery } from '@apollo/client/react';
import { Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { usePageTitle } from '../../../components/usePageTitle';
import { useT } from '../../../i18n';
import { ActingForQuery } from '../graphql/citizen';
import { useMe } from '../../session/MeContext';
import { AccessLogList } from './AccessLogList';
import { CitizenPlan } from './CitizenPlan';
import { ConsentList } from './ConsentList';

/** The citizen's home: their own plan (or a ward's), consents and who has read their data. */
export function CitizenHome() {
  const t = useT();
  const title = t('web.citizen.title');
  usePageTitle(title);
  const chooserId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const me = useMe();
  const { data, error, refetch } = useQuery(ActingForQuery);

  let body;
  if (data) {
    const persons = data.actingFor;
    const wanted = searchParams.get('person');
    const person = persons.find((p) => p.id === wanted) ?? persons[0];
    if (!person) {
      body = <EmptyState>{t('web.citizen.noPersons')}</EmptyState>;
    } else {
      body = (
        <>
          {persons.length > 1 && (
            <div className="app-toolbar">
              <Label htmlFor={chooserId}>{t('web.citizen.choosePerson')}</Label>
              <Select
                id={chooserId}
                width="auto"
                value={person.id}
                onChange={(event) => setSearchParams({ person: event.target.value }, { replace: true })}
              >
                {persons.map((option) => (
                  <Select.Option key={option.id} value={option.id}>
                    {option.name}
                  </Select.Option>
                ))}
              </Select>
            </div>
          )}
          <Paragraph className="app-lead">{t('web.citizen.planOf', { name: person.name })}</Paragraph>
          <div className="app-stack" key={person.id}>
            <CitizenPlan personId={person.id} />
            <ConsentList personId={person.id} />
            <AccessLogList personId={person.id} personName={person.name} actingForOther={person.id !== me.personId} />
          </div>
        </>
      );
    }
  } else if (error) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    body = <LoadingState label={t('web.citizen.loading')} lines={4} />;
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {body}
    </>
  );
}
