import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface PreviewServer {
  readonly url: string;
  stop(): Promise<void>;
}

export const DIST = join(root, 'dist');

/**
 * End-to-end servers listen on E2E_PORT_BASE + offset (default 4310), so several
 * checkouts can run their end-to-end tests on one machine at once.
 */
export function e2ePort(offset: number): number {
  const base = Number(process.env.E2E_PORT_BASE ?? '4310');
  return (Number.isInteger(base) && base > 0 ? base : 4310) + offset;
}

/** Serves the production build (`dist/`, made by `npm run build`, or a copy of it) with `vite preview`. */
export async function startPreviewServer(port: number, outDir = DIST): Promise<PreviewServer> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error('No production build: run `npm run build` first');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`vite preview did not start on ${url}: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
