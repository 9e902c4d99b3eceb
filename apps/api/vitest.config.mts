import { projectTestConfig } from '../../tools/vitest/project-config.mts';

export default projectTestConfig({ projectRoot: 'apps/api', services: true });
