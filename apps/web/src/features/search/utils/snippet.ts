export type SnippetPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower] ?? entity;
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? parseInt(lower.slice(1), 10) : NaN;
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * Splits the API's highlighted snippet into plain text and <mark>ed text.
 * Only an exact `<mark>`…`</mark>` pair counts as markup; every other
 * character, tags included, ends up as text, so React escapes it and the
 * snippet can never inject HTML (no dangerouslySetInnerHTML anywhere).
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, marked: boolean) => {
    const decoded = decodeEntities(text);
    if (!decoded) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += decoded;
    else parts.push({ text: decoded, marked });
  };
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let index = 0;
  for (let match = pattern.exec(snippet); match; match = pattern.exec(snippet)) {
    push(snippet.slice(index, match.index), false);
    push(match[1] ?? '', true);
    index = match.index + match[0].length;
  }
  push(snippet.slice(index), false);
  return parts;
}
