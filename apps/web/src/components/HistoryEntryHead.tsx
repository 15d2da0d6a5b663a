import { isMessageKey } from '@samhandling/shared';
import type { Role } from '../gql/graphql';
import { useT } from '../i18n';
import { DateText } from './DateText';

/**
 * The first lines of a history entry: what was done (the text under `labelKey`; an action without
 * a text of its own shows its code), then when, by whom and in which role.
 */
export function HistoryEntryHead({
  labelKey,
  entry,
}: {
  labelKey: string;
  entry: { action: string; at: string; actorName: string; actorRole: Role };
}) {
  const t = useT();
  return (
    <>
      <p>
        <strong>{isMessageKey(labelKey) ? t(labelKey) : entry.action}</strong>
      </p>
      <p className="app-muted">
        <DateText value={entry.at} withTime /> · {entry.actorName} ({t(`role.${entry.actorRole}`)})
      </p>
    </>
  );
}
