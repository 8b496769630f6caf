export type Persistence = 'persistent' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep this site's data even under storage pressure. Browsers may refuse
 * (Chromium grants it to installed or much-used sites); the answer is shown, never assumed.
 */
export async function requestPersistence(): Promise<Persistence> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return estimate?.usage !== undefined && estimate.quota !== undefined
    ? { usage: estimate.usage, quota: estimate.quota }
    : undefined;
}
