/**
 * Where to go after signing in: only a path of this site ("/applications"),
 * never another origin ("//evil.example", "https://…"), so the redirect
 * parameter cannot be used to send someone elsewhere.
 */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  try {
    const url = new URL(target, 'http://nextstep.invalid');
    return url.origin === 'http://nextstep.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
