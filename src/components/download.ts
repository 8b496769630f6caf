/** Saves a file the app made (never fetched) through a temporary object URL and a download link. */
export function downloadFile(fileName: string, data: string | Uint8Array<ArrayBuffer> | Blob, type: string): void {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads a chosen file as text, refusing it unread when it is larger than `maxBytes` (a 100 MB file
 * must not be loaded into memory only to be rejected).
 */
export async function readFileText(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; size: number }> {
  if (file.size > maxBytes) return { ok: false, size: file.size };
  return { ok: true, text: await file.text() };
}
