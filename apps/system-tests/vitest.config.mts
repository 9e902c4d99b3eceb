import { projectTestConfig } from '../../tools/vitest/project-config.mts';

export default projectTestConfig({ projectRoot: 'apps/system-tests', services: true, databasePerFile: true });
