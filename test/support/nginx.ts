/**
 * Runs Debian's real nginx (/usr/sbin/nginx, found by system-tools.ts) on a free loopback port, in a temporary prefix,
 * with the site's server block rendered by src/lib/server-configs.ts, serving `root`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { renderNginxConfig } from '../../src/lib/server-configs.ts';
import type { HeaderRule } from '../../src/lib/security-headers.ts';
import { freePort } from './ports.ts';
import { requireSystemTool } from './system-tools.ts';

export interface LocalNginx {
  url: string;
  stop: () => Promise<void>;
}

export async function startNginx(root: string, rules: readonly HeaderRule[]): Promise<LocalNginx> {
  // A missing nginx fails here in one line (package and install command), not as ENOENT.
  const nginx = requireSystemTool('nginx');
  const prefix = await mkdtemp(join(tmpdir(), 'thidua-nginx-'));
  await mkdir(join(prefix, 'tmp'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `    ${t}_temp_path ${join(prefix, 'tmp', t)};`)
    .join('\n');
  const server = renderNginxConfig(rules, { root, listen: `127.0.0.1:${port}`, serverName: '_' });
  const conf = `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
${temp}
${server}
}
`;
  await writeFile(join(prefix, 'nginx.conf'), conf);
  const child: ChildProcess = spawn(
    nginx,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGQUIT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await rm(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    if (
      await fetch(`${url}/`, { method: 'HEAD' }).then(
        () => true,
        () => false,
      )
    )
      return { url, stop };
    await sleep(50);
  }
  const log = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
  await stop();
  throw new Error(`nginx did not start: ${stderr}${log}`);
}
