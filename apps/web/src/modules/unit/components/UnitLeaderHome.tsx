import { useQuery } from '@apollo/client/react';
import { PageIntro } from '../../../components/PageIntro';
import { QueryContent } from '../../../components/QueryContent';
import { useT } from '../../../i18n';
import { AppointmentRequests } from '../../appointment/components/AppointmentRequests';
import { MyUnitsQuery } from '../graphql/unit';
import { UnitCard } from './UnitCard';
import { MySubmittedReferrals } from '../../intake/components/MySubmittedReferrals';
import { MyTasks } from '../../meeting/components/MyTasks';

/** The unit leader's home: coordinators of each unit they lead, and its training needs. */
export function UnitLeaderHome() {
  const t = useT();
  const { data, error, refetch } = useQuery(MyUnitsQuery);
  return (
    <>
      <PageIntro title={t('web.unit.title')} intro={t('web.unit.intro')} />
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.myUnits}
        empty={t('web.unit.noUnits')}
        loadingLabel={t('web.unit.loading')}
        loadingLines={4}
      >
        {(units) => (
          <div className="app-stack">
            {units.map((unit) => (
              <UnitCard key={unit.id} unit={unit} />
            ))}
          </div>
        )}
      </QueryContent>
      <AppointmentRequests />
      <MyTasks />
      <MySubmittedReferrals />
    </>
  );
}
