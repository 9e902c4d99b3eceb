// Preloaded into the API process by the search benchmark (`node -r @swc-node/register -r <this file> main.ts`)
// when BENCH_CAPTURE_FILE is set: appends every statement the API sends to Postgres, with its parameters
// exactly as the pg driver serialises them, one JSON line each. The benchmark writes a marker line before
// each request it sends (one at a time), so the lines after a marker are that request's statements. This
// captures what the API really runs (criteria normalisation, synonyms, postal-code look-ups, counts and
// "did you mean" included) without copying any SQL into the benchmark, and needs no import from apps/api.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Client } from 'pg';

/** One line of the capture file. */
export interface CapturedLine {
  marker?: number;
  text?: string;
  /** Parameter values as the text the driver sends (null stays null). */
  params?: Array<string | null>;
}

type Query = (this: Client, ...args: unknown[]) => unknown;

const file = process.env['BENCH_CAPTURE_FILE'];
if (file) {
  // The driver's own serialiser (arrays as '{...}', dates, JSON), so the replay sends the same text.
  const { prepareValue } = createRequire(__filename)('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };
  const prototype = Client.prototype as unknown as { query: Query };
  const original = prototype.query;
  let capturing = true;
  // The benchmark sends SIGUSR2 when it has what it needs, so the load that follows pays nothing for this.
  process.on('SIGUSR2', () => {
    capturing = false;
  });
  prototype.query = function capture(this: Client, ...args: unknown[]): unknown {
    if (!capturing) return original.apply(this, args);
    const [config, values] = args;
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    const raw = Array.isArray(values) ? values : (config as { values?: unknown } | null)?.values;
    if (typeof text === 'string') {
      const params = Array.isArray(raw)
        ? raw.map((value) => {
            const prepared = prepareValue(value);
            return prepared === null || prepared === undefined ? null : Buffer.isBuffer(prepared) ? prepared.toString() : String(prepared);
          })
        : [];
      const line: CapturedLine = { text, params };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    }
    return original.apply(this, args);
  };
}
