// A picture for each life area, for the easy-read plan: simple shapes that read at a glance.
import type { LifeArea } from '../../../gql/graphql';

const PATHS: Record<LifeArea, string> = {
  // A heart.
  HEALTH: 'M12 21s-7-4.4-9.3-9A5.3 5.3 0 0 1 12 6.2 5.3 5.3 0 0 1 21.3 12C19 16.6 12 21 12 21z',
  // An open book.
  EDUCATION: 'M3 5c3-1 6-1 9 1 3-2 6-2 9-1v14c-3-1-6-1-9 1-3-2-6-2-9-1zM12 6v14',
  // A house.
  HOUSING: 'M3 11 12 3l9 8M5 10v10h5v-6h4v6h5V10',
  // A bus.
  TRANSPORT: 'M5 4h14v12H5zM5 11h14M7 19a1.5 1.5 0 1 0 0-.1M17 19a1.5 1.5 0 1 0 0-.1M5 16v2M19 16v2',
  // A ball.
  LEISURE: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3.5 9.5c4 1 13 1 17 0M3.5 14.5c4-1 13-1 17 0M12 3c-3 5-3 13 0 18M12 3c3 5 3 13 0 18',
  // A coin.
  ECONOMY: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM14.5 8.5c-1-1-4-1.5-4.8.3-.9 2 5 1.7 4.3 4.4-.6 2-3.8 1.8-5 .4M12 6v2M12 16v2',
  // A briefcase.
  WORK: 'M3 8h18v11H3zM9 8V5h6v3M3 13h18',
  // Two people.
  FAMILY_NETWORK: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-4 3-6 6-6s6 2 6 6M12 15.5c1-1 2.5-1.5 4-1.5 3 0 6 2 6 6',
  // A star.
  OTHER: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
};

/** Decorative: the life area's name is always written next to it. */
export function LifeAreaIcon({ area }: { area: LifeArea | null }) {
  return (
    <svg className="app-easy-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
      <path d={PATHS[area ?? 'OTHER']} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
