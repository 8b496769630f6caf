import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';

/** Collapses every run of white space, as text extracted from documents breaks lines anywhere. */
export const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Clicks a download button and returns the file's name and bytes. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The text of a PDF, read back with poppler's pdftotext. */
export function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'export-e2e-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), bytes);
    return squash(
      execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a Word document's body and how many PNG pictures it holds. */
export async function docxText(bytes: Buffer): Promise<{ text: string; images: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  return { text: squash(text), images: zip.file(/^word\/media\/.+\.png$/).length };
}
