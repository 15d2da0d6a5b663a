// The sign-in page's address, and where it sends the user afterwards. Only a path of this app is
// followed: anything else (another host, "//evil.example", a backslash trick) falls back to home.
export const SIGN_IN_PATH = '/logg-inn';
/** The page to open after sign-in. */
export const RETURN_PARAM = 'neste';
/** Present when the user was sent here because the session expired. */
export const EXPIRED_PARAM = 'utlopt';

// Resolving against a fixed origin tells a path apart from anything that leaves the app.
const APP_ORIGIN = 'https://app.invalid';

function hasControlCharacter(value: string): boolean {
  return [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

/** A path of this app to return to, or null. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlCharacter(value)) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(value, APP_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== APP_ORIGIN || url.pathname === SIGN_IN_PATH) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering the page to come back to and whether the session expired. */
export function signInPath({ returnTo, expired = false }: { returnTo?: string; expired?: boolean } = {}): string {
  const params = new URLSearchParams();
  const target = safeReturnPath(returnTo);
  if (target && target !== '/') params.set(RETURN_PARAM, target);
  if (expired) params.set(EXPIRED_PARAM, '1');
  const query = params.toString();
  return query ? `${SIGN_IN_PATH}?${query}` : SIGN_IN_PATH;
}

/** Where the sign-in page sends the user: the remembered page, or home. */
export function returnPathFrom(search: URLSearchParams): string {
  return safeReturnPath(search.get(RETURN_PARAM)) ?? '/';
}
