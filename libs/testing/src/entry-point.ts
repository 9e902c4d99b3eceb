import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const WORKSPACE_ROOT = resolve(__dirname, '../../..');

export interface RunningProcess {
  child: ChildProcess;
  /** Everything written so far to stdout and stderr. */
  output(): { stdout: string; stderr: string };
  /** Resolves once stdout or stderr matches. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts an app's real entry point (TypeScript, through SWC) as its own process. */
export function runEntryPoint(entry: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', resolve(WORKSPACE_ROOT, entry)], {
    cwd: WORKSPACE_ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    listeners.forEach((listener) => listener());
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    listeners.forEach((listener) => listener());
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => {
      listeners.forEach((listener) => listener());
      done({ code, signal });
    }),
  );

  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    // Starting an app compiles it with SWC first: seconds on a quiet machine, far more beside parallel test files.
    waitForOutput: (pattern, timeoutMs = 50_000) =>
      new Promise((done, fail) => {
        const check = () => {
          if (pattern.test(stdout) || pattern.test(stderr)) {
            cleanup();
            done();
          } else if (child.exitCode !== null) {
            cleanup();
            fail(new Error(`process exited (${child.exitCode}) before printing ${pattern}:\n${stdout}\n${stderr}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          fail(new Error(`no ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      }),
  };
}
