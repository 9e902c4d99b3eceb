import { projectTestConfig } from '../../tools/vitest/project-config.mts';

// The first lint of a run loads ESLint and the Nx project graph: seconds on a busy two-core machine.
export default projectTestConfig({ projectRoot: 'tools/boundaries', testTimeout: 30_000 });
