import { RouterProvider, type createBrowserRouter } from 'react-router';
import { I18nProvider } from './i18n';

export function App({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>
  );
}
