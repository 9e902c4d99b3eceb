import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_RULES } from './follow-up.policy';

// The README shows the policy's own table; this spec renders that table from
// FOLLOW_UP_RULES and fails when the README says anything else, so the two
// cannot drift. `UPDATE_DECISION_TABLE=1` writes the rendered table instead.
const README = resolve(__dirname, '../../README.md');
const START = '<!-- decision-table:start -->';
const END = '<!-- decision-table:end -->';

function renderDecisionTable(): string {
  const rows = FOLLOW_UP_RULES.map(
    (rule, index) => `| ${index + 1} | ${rule.when.replaceAll('|', '\\|')} | \`${rule.code}\` | ${rule.allowed ? 'allowed' : 'blocked'} |`,
  );
  return ['| # | When (the first row that applies decides) | Code | Getting in touch |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README split around the marked table: what comes before, the table, what comes after. */
function readmeParts(text: string): { before: string; table: string; after: string } {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} has no ${START} … ${END} block`);
  return { before: text.slice(0, start + START.length), table: text.slice(start + START.length, end).trim(), after: text.slice(end) };
}

describe('the follow-up decision table in libs/guidance/README.md', () => {
  it('is the table FOLLOW_UP_RULES renders: same codes, order, verdicts and conditions', () => {
    const parts = readmeParts(readFileSync(README, 'utf8'));
    const rendered = renderDecisionTable();
    if (process.env['UPDATE_DECISION_TABLE'] === '1' && parts.table !== rendered) {
      writeFileSync(README, `${parts.before}\n${rendered}\n${parts.after}`);
      return;
    }
    expect(parts.table, 'run with UPDATE_DECISION_TABLE=1 to write the table into the README').toBe(rendered);
  });

  it('is marked once, so there is one table to keep', () => {
    const text = readFileSync(README, 'utf8');
    expect(text.split(START)).toHaveLength(2);
    expect(text.split(END)).toHaveLength(2);
  });
});
