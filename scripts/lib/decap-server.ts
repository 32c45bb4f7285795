/**
 * Starts the real `decap-server` (the CMS's local backend) bound to 127.0.0.1: by default it
 * listens on every interface, which would let anyone on the network write the content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LOCAL_BACKEND_PORT } from '../../src/cms/config.ts';

const DECAP_SERVER_BIN = fileURLToPath(new URL('../../node_modules/decap-server/dist/index.js', import.meta.url));
/** The CMS config points its local backend here. */
export const DECAP_SERVER_PORT = LOCAL_BACKEND_PORT;

export interface DecapServer {
  child: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

/** Resolves once the server says it listens. `repo` is the folder it reads and writes. */
export function startDecapServer(repo: string, port = DECAP_SERVER_PORT, log = false): Promise<DecapServer> {
  const child = spawn(process.execPath, [DECAP_SERVER_BIN], {
    cwd: repo,
    env: { ...process.env, BIND_HOST: '127.0.0.1', PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (d: Buffer) => {
      output += d;
      if (log) process.stdout.write(`[decap-server] ${d}`);
      if (/listening on/i.test(output)) resolve({ child, url: `http://127.0.0.1:${port}/api/v1`, stop });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`decap-server exited (${code}): ${output}`)));
  });
}
