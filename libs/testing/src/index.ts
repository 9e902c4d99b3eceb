export { currentTestServices, deleteRedisKeys, newTestServices, testConfig, testEnv, type TestServices } from './test-services';
export { runEntryPoint, type RunningProcess } from './entry-point';
