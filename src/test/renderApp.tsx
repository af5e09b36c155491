// Renders the real app (routes, providers, a fresh QueryClient) against the mock customs
// service, optionally signed in as a demo account, at a given route.
import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { routes } from '@/app/routes';
import { renderNow } from '@/lib/renderNow';
import { sessionQueries } from '@/features/auth/api/sessionQueries';
import { endpoints } from '@/contract/endpoints';
import { callEndpoint } from '@/lib/api/endpoint';
import { createQueryClient } from '@/lib/queryClient';
import { setSessionToken } from '@/lib/session';
import { createStyleMirror, mirrorPublishedSheet } from './antdVisibilityStyles';

export const DEMO_PASSWORD = 'demo1234';

/** Signs in through the service, as the login form would, and keeps the token like the app. */
export async function signIn(username: string): Promise<string> {
  const { session } = await callEndpoint(endpoints.login, {
    body: { username, password: DEMO_PASSWORD },
  });
  setSessionToken(session.token);
  return session.token;
}

/**
 * antd's styles, kept out of the document but for what the tests can observe (see the module):
 * antd runs in its zero-runtime mode on its published sheet; what it still writes at run time
 * goes to a detached container, mirrored too.
 */
const antdStyles = createStyleMirror();
mirrorPublishedSheet();
const zeroRuntime = { zeroRuntime: true };

export function renderApp(route = '/') {
  const queryClient = createQueryClient({
    onUnauthenticated: () => {
      setSessionToken(null);
      queryClient.setQueryData(sessionQueries.current().queryKey, null);
    },
  });
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const user = userEvent.setup();
  const view = render(
    <StyleProvider container={antdStyles}>
      {/* The app's own theme inherits the mode (its ConfigProvider merges with this one). */}
      <ConfigProvider theme={zeroRuntime}>
        <AppProviders queryClient={queryClient}>
          <RouterProvider router={router} flushSync={renderNow} />
        </AppProviders>
      </ConfigProvider>
    </StyleProvider>,
  );
  return { ...view, user, router, queryClient };
}
