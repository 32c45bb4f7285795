/**
 * The system packages the tests use (the README's prerequisites: chromium, nginx). A test that
 * needs one calls requireSystemTool first, so a missing package fails with one line naming the
 * package and its install command instead of an ENOENT from deep inside a child process.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { CHROMIUM_PATH } from '../../src/lib/chromium.ts';

export interface SystemTool {
  /** Executable: an absolute path, or a name looked up on PATH. */
  command: string;
  /** Debian package that provides it. */
  debianPackage: string;
}

export const SYSTEM_TOOLS = {
  chromium: { command: CHROMIUM_PATH, debianPackage: 'chromium' },
  nginx: { command: 'nginx', debianPackage: 'nginx' },
} as const satisfies Record<string, SystemTool>;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the tool's executable is, or undefined. nginx lives in /usr/sbin, which a user's PATH may lack. */
export function findSystemTool(tool: SystemTool): string | undefined {
  if (isAbsolute(tool.command)) return executable(tool.command) ? tool.command : undefined;
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter), '/usr/sbin', '/sbin'];
  return dirs.map((dir) => join(dir, tool.command)).find(executable);
}

/** The tool's executable; throws one line (what is missing, how to install it) if there is none. */
export function requireSystemTool(name: keyof typeof SYSTEM_TOOLS): string {
  const tool: SystemTool = SYSTEM_TOOLS[name];
  const found = findSystemTool(tool);
  if (found) return found;
  throw new Error(
    `${name} is missing (${tool.command}): the tests need it (README, "Prerequisites"). Install it with: sudo apt-get install ${tool.debianPackage}` +
      (name === 'chromium' ? ', or set CHROMIUM_PATH to a Chromium executable' : ''),
  );
}
