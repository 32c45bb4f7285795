/**
 * Debian's Chromium and the flags it runs with here, shared by the browser tests and Lighthouse.
 * The flags keep it from reaching for the network, which this machine does not have; as root it
 * needs --no-sandbox.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
