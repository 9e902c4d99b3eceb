import type { TestProject } from 'vitest/node';
import { startStack, type E2eContext } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/** Starts the product once for every e2e file, and takes it all down again afterwards (also after failures). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await startStack();
  project.provide('e2e', stack.context);
  return () => stack.stop();
}
