export * from './error-codes';
export * from './web-routes';
