import type { RouteObject } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { NotFoundContent } from './components/NotFoundContent';
import { lazyComponent } from './lib/lazy-component';
import { SIGN_IN_PATH } from './modules/session/sign-in-path';
import { HomePage } from './pages/HomePage';
import { SignInPage } from './pages/SignInPage';

const PlanPage = lazyComponent(() => import('./pages/PlanPage'), 'PlanPage');
const CasePage = lazyComponent(() => import('./pages/CasePage'), 'CasePage');
const NewReferralPage = lazyComponent(() => import('./pages/NewReferralPage'), 'NewReferralPage');
const ClosedPlanPage = lazyComponent(() => import('./pages/ClosedPlanPage'), 'ClosedPlanPage');
const ChangeFormPage = lazyComponent(() => import('./pages/ChangeFormPage'), 'ChangeFormPage');
const ConsentPage = lazyComponent(() => import('./pages/ConsentPage'), 'ConsentPage');
const GroupPage = lazyComponent(() => import('./pages/GroupPage'), 'GroupPage');
const SentMailPage = lazyComponent(() => import('./pages/SentMailPage'), 'SentMailPage');
const MeetingsPage = lazyComponent(() => import('./modules/meeting/components/MeetingsPage'), 'MeetingsPage');
const MeetingPage = lazyComponent(() => import('./modules/meeting/components/MeetingPage'), 'MeetingPage');
const StaffAuditPage = lazyComponent(() => import('./modules/access-log/components/StaffAuditPage'), 'StaffAuditPage');

/** A route's `handle`, read by the signed-in frame. */
export interface AppRouteHandle {
  /** The page shows without a session too, with the plain header, instead of sending to sign-in. */
  sessionOptional?: boolean;
}

const sessionOptional: AppRouteHandle = { sessionOptional: true };

/** The app's routes; the browser router in main.tsx and memory routers in tests use the same list. */
export const appRoutes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'plan/:personId', element: <PlanPage /> },
      { path: 'plan/:personId/avsluttet/:planId', element: <ClosedPlanPage /> },
      { path: 'sak/:referralId', element: <CasePage /> },
      { path: 'melding/ny', element: <NewReferralPage /> },
      { path: 'endring/:personId', element: <ChangeFormPage /> },
      { path: 'samtykke/:personId', element: <ConsentPage /> },
      { path: 'gruppe/:personId', element: <GroupPage /> },
      { path: 'innsyn', element: <StaffAuditPage /> },
      { path: 'epost', element: <SentMailPage /> },
      { path: 'moter/:personId', element: <MeetingsPage /> },
      { path: 'mote/:meetingId', element: <MeetingPage /> },
      // An unknown address keeps the signed-in header when there is a session.
      { path: '*', element: <NotFoundContent />, handle: sessionOptional },
    ],
  },
];
