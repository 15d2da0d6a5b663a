import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { DateText } from '../../../components/DateText';
import { ActionError } from '../../../components/form';
import { QueryContent } from '../../../components/QueryContent';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';
import { RegisterChangeFormMutation, UnregisteredChangeFormsQuery } from '../graphql/change-form';
import { changeFormPath } from '../paths';

const COLUMNS = ['person', 'kind', 'date', 'submittedBy', 'reason', 'action'] as const;

/** KE's notice of change forms: every form not yet registered, the oldest first, each registered with one click. */
export function UnregisteredChangeForms() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(UnregisteredChangeFormsQuery);
  const [register, registration] = useMutation(RegisterChangeFormMutation);
  const [done, setDone] = useState<string | null>(null);
  const registerForm = async (id: string, name: string) => {
    setDone(null);
    try {
      await register({ variables: { changeFormId: id } });
    } catch {
      return; // shown from registration.error
    }
    setDone(t('web.changeForm.registeredDone', { name }));
    await refetch();
  };
  return (
    <Section id="change-forms" title={t('web.changeForm.unregistered.title')}>
      <Paragraph data-size="sm" className="app-muted">
        {t('web.changeForm.unregistered.intro')}
      </Paragraph>
      {done && (
        <Alert data-color="success" role="status">
          {done}
        </Alert>
      )}
      <ActionError error={registration.error} />
      <QueryContent
        data={data}
        error={error}
        refetch={refetch}
        items={(result) => result.unregisteredChangeForms}
        empty={t('web.changeForm.unregistered.empty')}
        loadingLabel={t('web.changeForm.unregistered.loading')}
        errorHeadingLevel={3}
      >
        {(forms) => (
          <DataTable caption={t('web.changeForm.unregistered.caption')} columns={COLUMNS.map((column) => t(`web.changeForm.col.${column}`))}>
            {forms.map((form) => (
              <Table.Row key={form.id}>
                <Table.HeaderCell scope="row">
                  <Link asChild>
                    <RouterLink to={changeFormPath(form.person.id)}>{form.person.name}</RouterLink>
                  </Link>
                </Table.HeaderCell>
                <DataTable.Cell label={t('web.changeForm.col.kind')}>{t(`changeForm.kind.${form.kind}`)}</DataTable.Cell>
                <DataTable.Cell label={t('web.changeForm.col.date')}>
                  <DateText value={form.effectiveDate} />
                </DataTable.Cell>
                <DataTable.Cell label={t('web.changeForm.col.submittedBy')}>{form.submittedBy?.name ?? ''}</DataTable.Cell>
                <DataTable.Cell label={t('web.changeForm.col.reason')}>{form.reason ?? ''}</DataTable.Cell>
                <DataTable.Cell label={t('web.changeForm.col.action')}>
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    loading={registration.loading}
                    disabled={registration.loading}
                    aria-label={t('web.changeForm.registerFor', { name: form.person.name })}
                    onClick={() => void registerForm(form.id, form.person.name)}
                  >
                    {t('web.changeForm.register')}
                  </Button>
                </DataTable.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </QueryContent>
    </Section>
  );
}
