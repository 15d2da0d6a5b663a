// The person's consents as the coordinator and KE see them: in force first, each with what it
// covers, how and by whom it was given, its period and restrictions, the signed form (download,
// or upload for a written consent) and the person's copy as PDF in the interface language.
import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { intlLocale, type Locale } from '@samhandling/shared';
import { EmptyState } from '../../../components/EmptyState';
import { useFragment, type FragmentType } from '../../../gql';
import type { StaffConsentItemFragment as ConsentData } from '../../../gql/graphql';
import { useI18n } from '../../../i18n';
import { isInForce } from '../../citizen/consent';
import { StaffConsentItemFragment } from '../graphql/consent';
import type { PlanNames } from '../restrictions';
import { ConsentDocumentUpload } from './ConsentDocumentUpload';
import { ConsentHeard, ConsentPeriod, ConsentRestrictions, ConsentStatusTags } from './ConsentDetails';

/** "12 kB" or "1,4 MB". */
export function fileSize(bytes: number, locale: Locale): { key: 'web.consentPage.sizeKb' | 'web.consentPage.sizeMb'; size: string } {
  const format = (value: number, digits: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return { key: 'web.consentPage.sizeKb', size: format(Math.max(1, Math.round(bytes / 1024)), 0) };
  return { key: 'web.consentPage.sizeMb', size: format(bytes / (1024 * 1024), 1) };
}

function StaffConsentCard(props: { consent: ConsentData; personName: string; names: PlanNames; offerUpload: boolean }) {
  const { consent } = props;
  const { t, formatDate, locale } = useI18n();
  const inForce = isInForce(consent);
  const scopeLabel = t(`consentScope.${consent.scope}`);
  const size = consent.document ? fileSize(consent.document.byteSize, locale) : null;
  return (
    <Card data-color="neutral" className="app-consent" data-testid={`staff-consent-${consent.id}`}>
      <Heading level={3} data-size="2xs">
        {scopeLabel}
      </Heading>
      <ConsentStatusTags inForce={inForce} withdrawnAt={consent.withdrawnAt} form={consent.form} />
      <Paragraph data-size="sm">
        {consent.givenByName
          ? t('web.consentPage.givenByGuardian', { date: formatDate(consent.givenAt), guardian: consent.givenByName, name: props.personName })
          : t('web.consentPage.givenBySelf', { date: formatDate(consent.givenAt), name: props.personName })}
      </Paragraph>
      <ConsentHeard heardAt={consent.heardAt} heardByName={consent.heardByName} />
      <ConsentPeriod periodStart={consent.periodStart} periodEnd={consent.periodEnd} />
      {consent.youngPersonView && <Paragraph data-size="sm">{t('web.consentPage.youngPersonView', { view: consent.youngPersonView })}</Paragraph>}
      {consent.youngPersonAgrees !== null && (
        <Paragraph data-size="sm">{t('web.consentPage.youngPersonAgrees', { agrees: consent.youngPersonAgrees ? 'yes' : 'no' })}</Paragraph>
      )}
      {consent.scope === 'RESPONSIBILITY_GROUP' && (
        <Paragraph data-size="sm">
          {consent.informedOfComposition && consent.informedOfWayOfWorking && consent.informedOfInformationExchange
            ? t('web.consentPage.informed')
            : t('web.consentPage.notInformed')}
        </Paragraph>
      )}
      <ConsentRestrictions heading={t('web.consentPage.restrictions')} restrictions={consent.restrictions} names={props.names} />
      {consent.documentReference && <Paragraph data-size="sm">{t('web.consentPage.documentReference', { reference: consent.documentReference })}</Paragraph>}
      {consent.registeredByName && (
        <Paragraph data-size="sm" className="app-muted">
          {t('web.consentPage.registeredBy', { name: consent.registeredByName })}
        </Paragraph>
      )}
      {consent.document && size ? (
        <Paragraph data-size="sm">
          <Link href={consent.document.url} download={consent.document.fileName}>
            {t('web.consentPage.document', { fileName: consent.document.fileName, size: t(size.key, { size: size.size }) })}
          </Link>
        </Paragraph>
      ) : consent.form === 'WRITTEN' ? (
        <Paragraph data-size="sm" className="app-muted">
          {t('web.consentPage.noDocument')}
        </Paragraph>
      ) : null}
      {props.offerUpload && consent.form === 'WRITTEN' && !consent.withdrawnAt && <ConsentDocumentUpload consentId={consent.id} scopeLabel={scopeLabel} replaces={consent.document !== null} />}
      <Paragraph data-size="sm">
        <Link href={`${consent.pdfUrl}?lang=${locale}`} aria-label={t('web.consentPage.pdfLabel', { scope: scopeLabel })}>
          {t('web.consentPage.pdf')}
        </Link>
      </Paragraph>
    </Card>
  );
}

export function StaffConsentList(props: {
  consents: ReadonlyArray<FragmentType<typeof StaffConsentItemFragment>>;
  personName: string;
  names: PlanNames;
  /** The consent just registered, whose upload the form offers: not offered twice. */
  uploadShownElsewhere?: string | null;
}) {
  const { t } = useI18n();
  const consents = useFragment(StaffConsentItemFragment, props.consents);
  if (consents.length === 0) return <EmptyState>{t('web.consentPage.empty')}</EmptyState>;
  // In force first; otherwise the server's order (in force first, then the newest).
  const sorted = [...consents].sort((a, b) => Number(isInForce(b)) - Number(isInForce(a)));
  return (
    <ul className="app-list" role="list">
      {sorted.map((consent) => (
        <li key={consent.id}>
          <StaffConsentCard consent={consent} personName={props.personName} names={props.names} offerUpload={consent.id !== props.uploadShownElsewhere} />
        </li>
      ))}
    </ul>
  );
}
