// Runs a command with its output captured (to be printed whole once it ends, so that commands run
// side by side do not interleave), timed. Used by npm test's runner and test:quick.
import { spawn } from 'node:child_process';

/**
 * Resolves to the command's output, exit status (1 when it could not start) and wall time. `env`
 * is added to this process's environment.
 */
export function runCaptured(command, args, env = {}) {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ output: String(error), status: 1, ms: Date.now() - start }));
    child.on('close', (status) => resolve({ output, status: status ?? 1, ms: Date.now() - start }));
  });
}
