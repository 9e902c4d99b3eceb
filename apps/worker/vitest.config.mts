import { projectTestConfig } from '../../tools/vitest/project-config.mts';

export default projectTestConfig({ projectRoot: 'apps/worker', services: true, databasePerFile: true });
