import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_SCRIPT = '/assets/index-B4xq9Zk1.js';
export const FIXTURE_STYLES = '/assets/index-Dm3kP0aa.css';

/** index.html as Vite writes it: its own title and description, a module script and a stylesheet. */
export const FIXTURE_INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Nextstep – find work</title>
    <meta name="description" content="Jobs from your local staffing agency." />
    <script type="module" crossorigin src="${FIXTURE_SCRIPT}"></script>
    <link rel="stylesheet" crossorigin href="${FIXTURE_STYLES}">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

export interface WebDistFixture {
  /** The fixture's dist folder (WEB_DIST_DIR). */
  dir: string;
  /** A folder beside it, to prove paths cannot climb out of the build. */
  outside: string;
  remove(): void;
}

/** A built web app in a temporary folder: index.html, hashed assets, an icon, and a secret next door. */
export function createWebDist(): WebDistFixture {
  const base = mkdtempSync(join(tmpdir(), 'nextstep-web-'));
  const dir = join(base, 'web');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), FIXTURE_INDEX_HTML);
  writeFileSync(join(dir, FIXTURE_SCRIPT), 'console.log("nextstep");\n');
  writeFileSync(join(dir, FIXTURE_STYLES), 'body{margin:0}\n');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  writeFileSync(join(dir, '.env'), 'SECRET=dotfile\n');
  const outside = join(base, 'private');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'SECRET=outside\n');
  return { dir, outside, remove: () => rmSync(base, { recursive: true, force: true }) };
}

/** An empty folder: a web app that is not built. */
export function createEmptyDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'nextstep-noweb-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The parts of a parsed document the tests read (the API is compiled without the DOM library). */
export interface ParsedElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  readonly children: ArrayLike<ParsedElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<ParsedElement>;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<ParsedElement>;
  querySelector(selector: string): ParsedElement | null;
  querySelectorAll(selector: string): ArrayLike<ParsedElement>;
}

export interface ParsedDocument {
  readonly documentElement: ParsedElement;
  readonly title: string;
  getElementById(id: string): ParsedElement | null;
  getElementsByTagName(name: string): ArrayLike<ParsedElement>;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<ParsedElement>;
  querySelector(selector: string): ParsedElement | null;
  querySelectorAll(selector: string): ArrayLike<ParsedElement>;
}

interface Jsdom {
  JSDOM: new (html?: string) => {
    window: { document: ParsedDocument; DOMParser: new () => { parseFromString(text: string, type: string): ParsedDocument } };
  };
}

// jsdom (a dev dependency, also used by the web app's tests) ships no types; the interfaces above cover what is read.
const { JSDOM } = createRequire(__filename)('jsdom') as Jsdom;
const parser = new new JSDOM('').window.DOMParser();

/** Parses XML strictly (jsdom's XML parser is saxes); throws with the parser's message when it is not well-formed. */
export function parseXml(text: string): ParsedDocument {
  const doc = parser.parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Parses an HTML page as a browser would. */
export function parseHtml(text: string): ParsedDocument {
  return new JSDOM(text).window.document;
}

/** Text of each element `name` inside `parent`, in document order. */
export function textsOf(parent: ParsedDocument | ParsedElement, name: string): string[] {
  return Array.from(parent.getElementsByTagName(name), (el) => el.textContent ?? '');
}
