import { projectTestConfig } from '../../tools/vitest/project-config.mts';

export default projectTestConfig({ projectRoot: 'libs/api-client' });
