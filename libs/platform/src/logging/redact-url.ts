/*
 * URLs are logged for every request, and some carry a secret: the token of
 * an unsubscribe, confirmation or reset link, in the path or the query.
 * Whoever reads the logs must not be able to use them.
 */

const REDACTED = '[redacted]';
/** Path segments that are followed by a token. */
const BEFORE_TOKEN = new Set(['unsubscribe', 'confirm', 'manage', 'reset-password', 'verify-email']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Long opaque segments are tokens too, wherever they appear (ids are UUIDs, which stay readable). */
const OPAQUE = /^[A-Za-z0-9._~%-]{32,}$/;

export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  const segments = path.split('/');
  const shown = segments.map((segment, index) => {
    if (!segment || UUID.test(segment)) return segment;
    if (BEFORE_TOKEN.has(segments[index - 1] ?? '') || OPAQUE.test(segment)) return REDACTED;
    return segment;
  });
  if (queryAt < 0) return shown.join('/');
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const [name = '', value] = pair.split('=');
      return value !== undefined && /token|cursor|secret|password|code/i.test(name) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${shown.join('/')}?${query}`;
}
