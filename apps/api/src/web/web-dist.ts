import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where `npm run build` puts the web app, relative to the workspace root. */
export const WEB_DIST_RELATIVE = join('dist', 'apps', 'web');

function* selfAndAncestors(start: string): Generator<string> {
  let dir = resolve(start);
  for (;;) {
    yield dir;
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

/**
 * The folder holding the built web app (index.html and assets/).
 *
 * `WEB_DIST_DIR` wins, relative to the working directory. Otherwise the
 * nearest `dist/apps/web` with an index.html above the running code (which
 * is `dist/apps/api/src/web` once built, `apps/api/src/web` from sources),
 * then above the working directory; when there is none yet, the workspace's
 * `dist/apps/web`, so a build made while the API runs is picked up.
 */
export function resolveWebDistDir(configured: string | null, here: string = __dirname, cwd: string = process.cwd()): string {
  if (configured) return resolve(cwd, configured);
  for (const start of [here, cwd]) {
    for (const dir of selfAndAncestors(start)) {
      if (existsSync(join(dir, WEB_DIST_RELATIVE, 'index.html'))) return join(dir, WEB_DIST_RELATIVE);
    }
  }
  for (const dir of selfAndAncestors(here)) {
    if (existsSync(join(dir, 'nx.json'))) return join(dir, WEB_DIST_RELATIVE);
  }
  return join(resolve(cwd), WEB_DIST_RELATIVE);
}
