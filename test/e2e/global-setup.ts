import type { TestProject } from 'vitest/node';
import { e2ePort, startPreviewServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** One preview server for the end-to-end files that do not need to stop it. */
export default async function setup(project: TestProject) {
  const server = await startPreviewServer(e2ePort(0));
  project.provide('baseURL', server.url);
  return () => server.stop();
}
