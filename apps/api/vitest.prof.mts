import { projectTestConfig } from '../../tools/vitest/project-config.mts';
const c = projectTestConfig({ projectRoot: 'apps/api', services: true }) as any;
c.test.execArgv = ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'];
export default c;
