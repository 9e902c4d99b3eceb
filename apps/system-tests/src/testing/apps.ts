/*
 * The one place where this project reaches into the apps. Nx refuses every
 * import of an application project; the system tests exist to run the real
 * API and the real worker in one process, on one injected clock, so each
 * crossing is listed here once, with the reason.
 */

// eslint-disable-next-line @nx/enforce-module-boundaries -- the system tests boot the real API (createApp) the way its own tests do
export { createStaff, signUpCandidate, startTestApp, STRONG_PASSWORD, type SignedInUser, type TestApp } from '../../../api/src/testing/test-app';
// eslint-disable-next-line @nx/enforce-module-boundaries -- and the real worker (createWorker) next to it, sharing the API's clock
export { eventually, idle, startTestWorker, type TestWorker } from '../../../worker/src/testing/worker-fixtures';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the sweep is how a test hands Redis the rows it may have missed
export { EmailQueue } from '../../../worker/src/queues/email.queue';
