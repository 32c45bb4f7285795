/** A port free on 127.0.0.1 right now, for servers a test starts: the one the benchmarks use. */
export { freePort } from '../../src/lib/free-port.ts';
