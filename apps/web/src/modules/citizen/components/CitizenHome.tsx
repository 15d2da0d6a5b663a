import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageIntro } from '../../../components/PageIntro';
import { aboutPerson, useT } from '../../../i18n';
import { ActingForQuery } from '../graphql/citizen';
import { AccessLogList } from '../../access-log/components/AccessLogList';
import { PersonDataExport } from '../../access-log/components/PersonDataExport';
import { CitizenPlan } from './CitizenPlan';
import { ConsentList } from './ConsentList';
import { PERSON_PARAM, PersonSwitch } from './PersonSwitch';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';

/**
 * The citizen's home: their own plan, or the plan of a person they act for as guardian (chosen
 * in the address), with consents and who has read the data. Texts name that person.
 */
export function CitizenHome() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const { data, error, refetch } = useQuery(ActingForQuery);

  if (!data) {
    return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('web.citizen.loading')} lines={4} />;
  }
  const persons = data.actingFor;
  const person = persons.find((p) => p.id === searchParams.get(PERSON_PARAM)) ?? persons[0];
  if (!person) {
    return (
      <>
        <PageIntro title={t('web.citizen.title', { who: 'self' })} intro={t('web.citizen.intro', { who: 'self' })} />
        <EmptyState>{t('web.citizen.noPersons')}</EmptyState>
      </>
    );
  }
  return (
    <>
      {persons.length > 1 && <PersonSwitch persons={persons} currentId={person.id} />}
      <PageIntro title={t('web.citizen.title', aboutPerson(person))} intro={t('web.citizen.intro', aboutPerson(person))} />
      <div className="app-stack" key={person.id}>
        <CitizenPlan person={person} />
        <ConsentList person={person} />
        <AccessLogList person={person} />
        <PersonDataExport person={person} />
      </div>
      <MySubmittedReferrals />
    </>
  );
}
