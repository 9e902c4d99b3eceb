const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The characters XML 1.0 can hold: tab, line ends, and everything else but other controls, lone surrogates, U+FFFE/FFFF. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/**
 * Text for XML content and attributes. Characters XML cannot hold at all are
 * dropped rather than escaped, since no escape makes them legal.
 */
export function escapeXml(text: string): string {
  let clean = text;
  // Iterating a string yields code points; a lone surrogate comes out on its own and fails the test.
  for (const ch of text) {
    if (!isXmlChar(ch.codePointAt(0) ?? 0)) {
      clean = Array.from(text, (c) => (isXmlChar(c.codePointAt(0) ?? 0) ? c : '')).join('');
      break;
    }
  }
  return clean.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
