// The sign-in endpoints outside GraphQL (same origin, session in an httpOnly cookie).
import type { RoleName } from '@samhandling/shared';
import { apiErrorFromBody } from '../apollo/errors';
import { getLocale } from '../i18n/locale-store';

export interface AuthConfig {
  demoLogin: boolean;
}

export interface SessionState {
  signedIn: boolean;
}

export interface DemoUser {
  username: string;
  name: string;
  title: string | null;
  roles: RoleName[];
  kind: 'STAFF' | 'CITIZEN';
}

export interface SignedInUser {
  username: string;
  name: string;
  roles: RoleName[];
}

/** An error from the auth endpoints, with the server's translated message when it sent one. */
export class AuthApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'AuthApiError';
  }
}

async function request<T>(path: string, init?: { method: 'POST'; body: unknown }): Promise<T> {
  const response = await fetch(path, {
    method: init?.method ?? 'GET',
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'Accept-Language': getLocale(),
      ...(init ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(init ? { body: JSON.stringify(init.body) } : {}),
  });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    // The server answers errors in GraphQL's shape on these routes too.
    const error = apiErrorFromBody(body);
    throw new AuthApiError(response.status, error?.code ?? null, error?.message ?? response.statusText);
  }
  return body as T;
}

export function fetchAuthConfig(): Promise<AuthConfig> {
  return request<AuthConfig>('/auth/config');
}

/** Whether the browser has a session (the sign-in page loads without the GraphQL client). */
export function fetchSession(): Promise<SessionState> {
  return request<SessionState>('/auth/session');
}

export async function fetchDemoUsers(): Promise<DemoUser[]> {
  const body = await request<{ users: DemoUser[] }>('/auth/demo-users');
  return body.users;
}

export function demoLogin(username: string): Promise<SignedInUser> {
  return request<SignedInUser>('/auth/demo-login', { method: 'POST', body: { username } });
}

export function logout(): Promise<{ ok: boolean }> {
  return request<{ ok: boolean }>('/auth/logout', { method: 'POST', body: {} });
}
