export * from './error-codes';
export * from './limits';
export * from './web-routes';
export * from './job-search-link';
export * from './interview-note';
export * from './date-styles';
