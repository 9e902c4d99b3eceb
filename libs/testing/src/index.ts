export {
  currentTestServices,
  deleteRedisKeys,
  dropTestRun,
  newTestDatabase,
  newTestRun,
  newTestServices,
  sweepStaleTestServices,
  testConfig,
  testEnv,
  testRunEnv,
  useWorkerTestServices,
  type TestRun,
  type TestServices,
} from './test-services';
export { runEntryPoint, type RunningProcess } from './entry-point';
export { waitUntil } from './wait-until';
