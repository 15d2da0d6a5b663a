import { useLazyQuery } from '@apollo/client/react';
import { Button, Fieldset, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type KeyboardEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ChoiceGroup, InputField, useFieldId } from '../../../components/form';
import { PersonAge } from '../../../components/PersonAge';
import { useT } from '../../../i18n';
import { PersonSearchQuery } from '../graphql/intake';

/**
 * Finding a registered person: by name (every word), by date of birth, or both. The answer is
 * a group of radio buttons bound to the form's `personId`. Enter in a search field searches
 * (it does not send the referral).
 */
export function PersonPicker({ registration, error }: { registration: UseFormRegisterReturn<'personId'>; error?: string }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [needTerm, setNeedTerm] = useState(false);
  const [search, result] = useLazyQuery(PersonSearchQuery);
  // Before a search there is no radio button: the message takes the field's id, for the summary's link.
  const messageId = useFieldId('personId');

  const run = () => {
    const trimmed = query.trim();
    if (!trimmed && !dateOfBirth) {
      setNeedTerm(true);
      return;
    }
    setNeedTerm(false);
    void search({ variables: { query: trimmed || null, dateOfBirth: dateOfBirth || null } });
  };
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };

  const persons = result.data?.personSearch;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('web.intake.search.legend')}</Fieldset.Legend>
      <div className="app-toolbar">
        <InputField
          name="search.query"
          label={t('web.intake.search.name')}
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onEnter}
          error={needTerm ? t('web.intake.search.needTerm') : undefined}
        />
        <InputField
          name="search.dateOfBirth"
          label={t('web.intake.search.dateOfBirth')}
          type="date"
          value={dateOfBirth}
          onChange={(event) => setDateOfBirth(event.target.value)}
          onKeyDown={onEnter}
        />
      </div>
      <div className="app-actions">
        <Button type="button" variant="secondary" onClick={run} loading={result.loading} disabled={result.loading}>
          {t('web.intake.search.button')}
        </Button>
      </div>
      <div role="status">
        {result.loading && <Paragraph data-size="sm">{t('web.intake.search.searching')}</Paragraph>}
      </div>
      {result.error && <ErrorState error={result.error} headingLevel={3} onRetry={run} />}
      {persons && persons.length === 0 && <EmptyState>{t('web.intake.search.noResults')}</EmptyState>}
      {persons && persons.length > 0 && (
        <ChoiceGroup
          legend={t('web.intake.search.results', { count: persons.length })}
          required
          error={error}
          options={persons.map((person) => ({
            value: person.id,
            label: (
              <>
                {person.name}
                <span className="app-muted">
                  {' · '}
                  <PersonAge age={person.age} expectedBirthDate={person.expectedBirthDate} />
                </span>
              </>
            ),
          }))}
          {...registration}
        />
      )}
      {!persons && error && (
        <ValidationMessage id={messageId} tabIndex={-1}>
          {error}
        </ValidationMessage>
      )}
    </Fieldset>
  );
}
