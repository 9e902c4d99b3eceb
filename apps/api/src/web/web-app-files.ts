import { createReadStream, type ReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Vite names every file under assets/ by a hash of its content, so a name never changes meaning. */
const HASHED_DIRECTORY = 'assets';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Everything else may be kept but is checked (ETag) before each use: a new build must show at once. */
export const REVALIDATE_CACHE = 'no-cache';

export interface StaticFile {
  path: string;
  size: number;
  modifiedAt: Date;
  etag: string;
  contentType: string;
  cacheControl: string;
  open(): ReadStream;
}

interface CachedIndex {
  mtimeMs: number;
  size: number;
  html: string;
}

/**
 * The files of the built web app. index.html is kept in memory and re-read
 * when it changes on disk, so the API can start before the web build exists
 * and serves a rebuild without a restart.
 */
export class WebAppFiles {
  private index: CachedIndex | null = null;

  constructor(readonly root: string) {}

  /** index.html, or null while the web app is not built. */
  async indexHtml(): Promise<string | null> {
    const path = join(this.root, 'index.html');
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) {
      this.index = null;
      return null;
    }
    if (this.index?.mtimeMs !== info.mtimeMs || this.index.size !== info.size) {
      this.index = { mtimeMs: info.mtimeMs, size: info.size, html: await readFile(path, 'utf8') };
    }
    return this.index.html;
  }

  /**
   * The file a URL path names, if it is a regular file inside the build.
   * Paths with dot segments (`..`, `.env`), back slashes or NUL are never
   * files, whatever their encoding.
   */
  async file(pathname: string): Promise<StaticFile | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    const segments = decoded.split('/').filter((segment) => segment !== '');
    if (segments.length === 0 || segments.some((segment) => segment.startsWith('.') || /[\\\0]/.test(segment))) return null;
    const path = resolve(this.root, ...segments);
    if (!path.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep)) return null;
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const hashed = segments.length > 1 && segments[0] === HASHED_DIRECTORY;
    return {
      path,
      size: info.size,
      modifiedAt: info.mtime,
      etag: `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
      contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: hashed ? IMMUTABLE_CACHE : REVALIDATE_CACHE,
      open: () => createReadStream(path),
    };
  }
}
