import type { RouteObject } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { lazyComponent } from './lib/lazy-component';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';

const PlanPage = lazyComponent(() => import('./pages/PlanPage'), 'PlanPage');

export const SIGN_IN_PATH = '/logg-inn';

/** The app's routes; the browser router in main.tsx and memory routers in tests use the same list. */
export const appRoutes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'plan/:personId', element: <PlanPage /> },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
];
