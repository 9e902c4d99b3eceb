// Compiles the apps and libraries to dist/ with SWC (decorator metadata
// included), rewriting the @nextstep/* aliases to relative paths so that
// plain `node dist/apps/api/src/main.js` runs, then builds the web app into
// dist/apps/web with Vite (the API serves it). `--server-only` skips the web
// app. Type checking is `npm run typecheck`.
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'dist');
const serverOnly = process.argv.includes('--server-only');
const sources = ['apps/api/src', 'apps/worker/src', 'libs/contracts/src', 'libs/db/src', 'libs/guidance/src', 'libs/mail/src', 'libs/platform/src', 'tools/scripts'];
const { compilerOptions } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

const isTest = (path) => /\.(spec|test)\.ts$/.test(path) || /[\\/]src[\\/]testing[\\/]/.test(path);
const swcOptions = {
  swcrc: false,
  sourceMaps: true,
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2022',
    baseUrl: root,
    paths: compilerOptions.paths,
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
};

// Only what this step writes: dist/apps/web belongs to the web build (and may be built on its own by Nx).
for (const source of sources) await rm(join(outDir, source), { recursive: true, force: true });
let compiled = 0;
let copied = 0;
for (const source of sources) {
  for await (const file of filesUnder(join(root, source))) {
    const target = join(outDir, relative(root, file));
    await mkdir(dirname(target), { recursive: true });
    if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      if (isTest(file)) continue;
      const { code, map } = await transformFile(file, { ...swcOptions, filename: file, outputPath: target.replace(/\.ts$/, '.js') });
      await writeFile(target.replace(/\.ts$/, '.js'), `${code}\n//# sourceMappingURL=${target.replace(/\.ts$/, '.js.map').split('/').pop()}\n`);
      if (map) await writeFile(target.replace(/\.ts$/, '.js.map'), map);
      compiled++;
    } else if (!/(\.mjs|project\.json|tsconfig\.json)$/.test(file)) {
      // Templates and other assets travel with the code that reads them.
      await copyFile(file, target);
      copied++;
    }
  }
}
console.log(`Built ${compiled} files (+${copied} assets) into dist/`);

if (!serverOnly) {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'apps/web/vite.config.mts'), logLevel: 'warn' });
  console.log('Built the web app into dist/apps/web');
}
