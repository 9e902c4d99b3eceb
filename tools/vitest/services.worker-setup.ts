import { useWorkerTestServices } from '@nextstep/testing';

// Runs in the test process before each spec file: this process's own database (a copy of the run's migrated
// template) and Redis prefix, created on its first file.
await useWorkerTestServices();
