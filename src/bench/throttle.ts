/**
 * A slow mobile network between the browser and the local static server, for the phone profile
 * of the search benchmark: every response waits one round trip, then its bytes (headers
 * included) share one downlink at a fixed rate, first come first served.
 *
 * Why a proxy rather than Chromium's `Network.emulateNetworkConditions`: that command applies
 * to the page it is sent to, while Pagefind fetches its wasm and index chunks from a worker.
 * Upload speed is left out: search requests are a few hundred bytes.
 */
import { createServer, request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NetworkProfile {
  /** Round trip per request, ms. */
  rttMs: number;
  /** Downlink, bits per second. */
  downBitsPerSecond: number;
}

/** A mid-range phone on a slow 4G network (Lighthouse's "slow 4G": 1.6 Mbps down, 150 ms RTT). */
export const PHONE_NETWORK: NetworkProfile = { rttMs: 150, downBitsPerSecond: 1.6e6 };
/** CPU slowdown of the phone profile (Chromium's `Emulation.setCPUThrottlingRate`). */
export const PHONE_CPU_SLOWDOWN = 4;

export async function startThrottledProxy(
  target: string,
  profile: NetworkProfile,
): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const bytesPerMs = profile.downBitsPerSecond / 8 / 1000;
  let linkFreeAt = 0;
  const server = createServer((req, res) => {
    const arrived = performance.now();
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host },
        agent,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          const headerBytes = Object.entries(response.headers).reduce(
            (a, [k, v]) => a + k.length + String(v).length + 4,
            20,
          );
          // First byte one round trip after the request; then the link, shared in order.
          const start = Math.max(arrived + profile.rttMs, linkFreeAt);
          linkFreeAt = start + (body.length + headerBytes) / bytesPerMs;
          setTimeout(
            () => {
              res.writeHead(response.statusCode ?? 502, response.headers);
              res.end(body);
            },
            Math.max(0, linkFreeAt - performance.now()),
          );
        });
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
