// Prints what a first visit to the search page downloads before it can run:
// the JS and CSS that dist/apps/web/index.html loads, gzip-compressed
// (the budget: initial JS ≤ 200 kB gzip). Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../../dist/apps/web');
const html = await readFile(join(dist, 'index.html'), 'utf8');
// The entry script, its statically imported chunks (modulepreload) and the stylesheet.
const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
const totals = { js: 0, css: 0 };
for (const asset of assets) {
  const bytes = await readFile(join(dist, asset));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  totals[asset.endsWith('.js') ? 'js' : 'css'] += gzip;
  console.log(`${asset}  ${(bytes.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
}
console.log(`Initial JavaScript of the search page: ${(totals.js / 1024).toFixed(1)} KiB gzip (budget 200 kB); CSS ${(totals.css / 1024).toFixed(1)} KiB gzip`);
