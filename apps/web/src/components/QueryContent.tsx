import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

interface QueryContentProps<TData, TItem> {
  data: TData | undefined;
  error: unknown;
  refetch: () => unknown;
  /** The list the view shows; when empty, `empty` is shown instead of `children`. */
  items: (data: TData) => TItem[];
  empty: ReactNode;
  loadingLabel: string;
  loadingLines?: number;
  /** Level of the error's heading: 3 inside a section with its own level-2 heading. */
  errorHeadingLevel?: 2 | 3;
  children: (items: TItem[]) => ReactNode;
}

/** The states of a list view: loading, error with retry, empty, or the list. */
export function QueryContent<TData, TItem>(props: QueryContentProps<TData, TItem>) {
  const { data, error, refetch, items, empty, loadingLabel, loadingLines = 4, errorHeadingLevel = 2, children } = props;
  if (data) {
    const list = items(data);
    return list.length === 0 ? <EmptyState>{empty}</EmptyState> : <>{children(list)}</>;
  }
  if (error) return <ErrorState error={error} headingLevel={errorHeadingLevel} onRetry={() => void refetch()} />;
  return <LoadingState label={loadingLabel} lines={loadingLines} />;
}
