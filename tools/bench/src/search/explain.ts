// EXPLAIN (ANALYZE, BUFFERS) of the statements one API request runs, as the API ran them.
import { Client } from 'pg';
import type { StatementSet } from './pgbench';

export interface Explained {
  text: string;
  /** Per statement: execution time and the top node's shared buffers ("hit=… read=…"). */
  statements: Array<{ ms: number; buffers: string }>;
}

export async function explainSet(databaseUrl: string, statements: StatementSet): Promise<Explained> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const parts: string[] = [];
    const summary: Explained['statements'] = [];
    for (const [i, sql] of statements.entries()) {
      // Run it once first, so the plan shown is a warm one, like the benchmark's steady state.
      await client.query(sql);
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      // The first Buffers line of a text plan is the top node's, which includes every node below it.
      summary.push({ ms: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN), buffers: /Buffers: shared ([^\n]+)/.exec(plan)?.[1] ?? 'none' });
      parts.push(`-- statement ${i + 1} of ${statements.length}\n${sql.trim()};\n\n${plan}`);
    }
    return { text: parts.join('\n\n'), statements: summary };
  } finally {
    await client.end();
  }
}
