/**
 * The router keeps search params as plain `key=value` pairs (lists comma-separated),
 * so a shared link reads like the API query it stands for:
 * `/?q=forklift&employmentType=temporary,temp_to_hire&payMin=40000`.
 */
export function parseSearch(searchString: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(searchString)) {
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...(existing as unknown[]), value] : [existing, value];
  }
  return result;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (Array.isArray(value)) params.set(key, value.map(String).join(','));
    else if (typeof value === 'object') params.set(key, JSON.stringify(value));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A search param as a list: `a,b`, repeated keys, or one value. */
export function commaList(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => (typeof item === 'string' ? item.split(',') : [item]));
  return items.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
}

/** A search param as a number, `undefined` when absent or empty (never the 0 that `Number('')` gives). */
export function numberParam(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'number' ? value : Number(value);
}
