import { describe, expect, it } from 'vitest';
import { escapeHtml, excerpt, jsonForScript, withHead } from './html';
import { escapeXml } from './xml';

describe('HTML and XML text helpers', () => {
  it('puts page tags at the end of the head, indented, replacing only the tags the page brings', () => {
    const index =
      '<html>\n  <head>\n    <title>App</title>\n    <meta name="description" content="App">\n    <script type="module" src="/a.js"></script>\n  </head>\n</html>';
    expect(withHead(index, '<title>Job</title>\n<link rel="canonical" href="/x">')).toBe(
      '<html>\n  <head>\n    <meta name="description" content="App">\n    <script type="module" src="/a.js"></script>\n    <title>Job</title>\n    <link rel="canonical" href="/x">\n  </head>\n</html>',
    );
    expect(withHead(index, '<meta name="robots" content="noindex">')).toContain('<title>App</title>');
    expect(withHead(index, '')).toBe(index);
  });

  it('keeps JSON inside a script element whatever the text', () => {
    const tricky = { title: '</script><!-- & \u2028' };
    const json = jsonForScript(tricky);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(tricky);
  });

  it('escapes text for HTML and XML, dropping what XML cannot hold', () => {
    expect(escapeHtml(`<a href="x">Tom's & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;');
    expect(escapeXml(`a\u0000b\u0008c & <d> "e" 'f' \ud800 😀`)).toBe('abc &amp; &lt;d&gt; &quot;e&quot; &apos;f&apos;  😀');
  });

  it('cuts long text at a word with an ellipsis', () => {
    expect(excerpt('Pick   and\npack orders', 100)).toBe('Pick and pack orders');
    expect(excerpt('Pick and pack customer orders in a clean warehouse', 30)).toBe('Pick and pack customer orders…');
  });
});
