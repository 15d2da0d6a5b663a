import type { RouteObject } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { SIGN_IN_PATH } from './modules/session/sign-in-path';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlanPage } from './pages/PlanPage';
import { SignInPage } from './pages/SignInPage';

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
