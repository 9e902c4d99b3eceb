// The e2e helpers in one import: `import { useBrowser, runAxe, waitForEmail, signInAsRecruiter } from './support';`
export { DESKTOP, horizontalOverflow, PHONE, runAxe, screenshot, useBrowser, type AxeViolation, type E2eBrowser, type OpenPageOptions } from './browser';
export { linksOf, messages, waitForEmail, type Email } from './mailbox';
export {
  callApi,
  registerCandidate,
  signIn,
  signInAsAdmin,
  signInAsDemoCandidate,
  signInAsRecruiter,
  signInInBrowser,
  type ApiResponse,
  type CallOptions,
  type SignedIn,
} from './api';
