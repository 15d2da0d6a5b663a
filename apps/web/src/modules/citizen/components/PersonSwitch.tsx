import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import { PersonAge } from '../../../components/PersonAge';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useT } from '../../../i18n';

export const PersonSwitchOptionFragment = graphql(`
  fragment PersonSwitchOption on PersonRef {
    id
    name
    age
    expectedBirthDate
  }
`);

/** The search parameter that holds the person shown, so the choice is in the address. */
export const PERSON_PARAM = 'person';

/**
 * "Vis plan for": the persons a guardian acts for, as links; the one shown is marked as the
 * current page. All choices are in view and each is a plain link, so keyboard and screen
 * readers need nothing special, and the browser's back button goes to the person before.
 */
export function PersonSwitch(props: { persons: readonly FragmentType<typeof PersonSwitchOptionFragment>[]; currentId: string }) {
  const persons = useFragment(PersonSwitchOptionFragment, props.persons);
  const t = useT();
  const labelId = useId();
  return (
    <nav aria-labelledby={labelId} className="app-person-switch">
      <Paragraph id={labelId} data-size="sm" className="app-person-switch__label">
        {t('web.citizen.choosePerson')}
      </Paragraph>
      <ul className="app-person-switch__list" role="list">
        {persons.map((person) => {
          const current = person.id === props.currentId;
          return (
            <li key={person.id}>
              <Button asChild data-size="sm" variant={current ? 'primary' : 'secondary'}>
                <RouterLink to={{ search: `?${PERSON_PARAM}=${encodeURIComponent(person.id)}` }} aria-current={current ? 'page' : undefined}>
                  {person.name}
                  <span className="app-person-switch__age">
                    {' '}
                    (<PersonAge age={person.age} expectedBirthDate={person.expectedBirthDate} />)
                  </span>
                </RouterLink>
              </Button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
