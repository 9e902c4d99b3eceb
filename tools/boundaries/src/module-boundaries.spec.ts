import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves that the boundary rules in eslint.config.mjs really fail wrong imports
 * (a rule that matches nothing would let them all pass silently).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
    .map((m) => m.message);
}

describe('module boundaries', () => {
  // The rule silently skips itself when no project graph is cached, so build it first.
  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: false });
  }, 60_000);

  it('forbids the guidance library from importing another project', async () => {
    // Platform, not db: db reads the guidance's stage list, so db would be refused as a cycle before the tag rule spoke.
    const errors = await boundaryErrors(
      'libs/guidance/src/lib/wrong-import.ts',
      "import { SystemClock } from '@nextstep/platform';\nexport const x = SystemClock;\n",
    );
    expect(errors.join('\n')).toMatch(/type:domain/);
  });

  it('forbids the guidance library from importing a framework', async () => {
    const errors = await boundaryErrors(
      'libs/guidance/src/lib/wrong-import.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it('forbids a library from importing an app', async () => {
    const errors = await boundaryErrors(
      'libs/db/src/wrong-import.ts',
      "import { AppModule } from '../../../apps/api/src/app/app.module';\nexport const x = AppModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('forbids one app from importing another', async () => {
    const errors = await boundaryErrors(
      'apps/worker/src/wrong-import.ts',
      "import { AppModule } from '../../api/src/app/app.module';\nexport const x = AppModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('lets an app import the libraries', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/right-import.ts',
      "import { DEFAULT_POLICY } from '@nextstep/guidance';\nexport const x = DEFAULT_POLICY;\n",
    );
    expect(errors).toEqual([]);
  });
});

describe('test helpers', () => {
  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: false });
  }, 60_000);

  it('are allowed in tests', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/some.spec.ts',
      "import { testConfig } from '@nextstep/testing';\nexport const x = testConfig;\n",
    );
    expect(errors).toEqual([]);
  });

  it('are not allowed in production code', async () => {
    const errors = await boundaryErrors(
      'apps/api/src/some.service.ts',
      "import { testConfig } from '@nextstep/testing';\nexport const x = testConfig;\n",
    );
    expect(errors.join('\n')).toMatch(/type:testing|can only depend/);
  });
});
