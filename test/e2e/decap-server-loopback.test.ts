/**
 * The CMS's local backend writes the content folder for whoever reaches it, so it must listen
 * on the loopback interface only: reachable on 127.0.0.1, refused on every other address of
 * this machine, and bound to 127.0.0.1 in the kernel's table of listening sockets.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDecapServer, type DecapServer } from '../../scripts/lib/decap-server.ts';
import { freePort } from '../support/ports.ts';


/** Resolves "connected" or the error code of a TCP connection attempt. */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
}

/** Local addresses listening on `port`, from /proc/net/tcp and tcp6 (hex, as the kernel writes them). */
async function listeningAddresses(port: number): Promise<string[]> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hexPort}`)) found.push(local.split(':')[0]!);
    }
  }
  return found;
}

describe('decap-server (scripts/lib/decap-server.ts)', () => {
  let server: DecapServer;
  let repo: string;
  let port: number;

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'thidua-decap-'));
    port = await freePort();
    server = await startDecapServer(repo, port);
  });
  afterAll(async () => {
    await server?.stop();
    await rm(repo, { recursive: true, force: true });
  });

  it('answers on 127.0.0.1', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/api/v1`);
    const response = await fetch(server.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ repo: expect.any(String) });
  });

  it('is bound to the loopback address only', async () => {
    // 0100007F is 127.0.0.1; 00000000 would be every interface.
    expect(await listeningAddresses(port)).toEqual(['0100007F']);
  });

  it("refuses connections on this machine's other addresses", async () => {
    const others = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4').map((a) => a!.address);
    for (const address of others) expect(await tryConnect(address, port)).toBe('ECONNREFUSED');
    // The check above means something only if the same port is reachable where it should be.
    expect(await tryConnect('127.0.0.1', port)).toBe('connected');
  });
});
