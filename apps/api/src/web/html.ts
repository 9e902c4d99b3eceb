const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * JSON to place inside `<script type="application/ld+json">`. `<`, `>` and
 * `&` become \u escapes (still the same JSON), so no value, not even a title
 * containing `</script>` or `<!--`, can end the element early; U+2028/2029
 * are escaped for old parsers that treat them as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One-line plain text of at most `max` characters, cut at a word where possible. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // Keep the last word only when it ends exactly at the cut.
  const space = flat[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Tags of index.html that a page's own head replaces when it brings its own. */
const REPLACEABLE_HEAD_TAGS = [/<title\b[^>]*>[\s\S]*?<\/title>\s*/i, /<meta\s+name=["']description["'][^>]*>\s*/i];

/**
 * index.html with page-specific tags at the end of its head. The app's own
 * `<title>` and meta description give way when the page brings its own;
 * everything else (the module script, stylesheets, icons) stays as Vite
 * wrote it.
 */
export function withHead(indexHtml: string, headHtml: string): string {
  if (!headHtml) return indexHtml;
  const stripped = REPLACEABLE_HEAD_TAGS.filter((tag) => tag.test(headHtml)).reduce((html, tag) => html.replace(tag, ''), indexHtml);
  const close = stripped.search(/<\/head>/i);
  if (close === -1) return `${headHtml}\n${stripped}`;
  // Indented like the tags Vite wrote, so the served page reads well in "view source" and curl.
  const before = stripped.slice(0, close);
  const closeIndent = /[ \t]*$/.exec(before)?.[0] ?? '';
  const lines = headHtml.split('\n').map((line) => `${closeIndent}  ${line}\n`);
  return `${before.slice(0, before.length - closeIndent.length)}${lines.join('')}${closeIndent}${stripped.slice(close)}`;
}

/**
 * What the browser gets while the web app is not built: a plain page that
 * says so (with the page's own head, so job pages still carry their
 * structured data), never a JSON error.
 */
export function notBuiltPage(headHtml: string, heading: string): string {
  const head = headHtml || '<title>Nextstep</title>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
<p>The Nextstep web app is not built yet, so this server only answers the API. Run <code>npm run build</code> (or <code>npm start</code>) and reload this page.</p>
<p>The API is running: see <a href="/api/docs">the API documentation</a> and <a href="/api/health">its health</a>.</p>
</main>
</body>
</html>
`;
}
