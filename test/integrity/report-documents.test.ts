import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { EU_LANGUAGES, type Language } from '../../src/domain/questionnaire/schema';
import type { PeerComparison } from '../../src/domain/report/peers';
import { renderDocx } from '../../src/features/export/render/docx';
import { renderPdf } from '../../src/features/export/render/pdf';
import { root } from './bundled-files';
import { eif4scc, eif4sccReport, localised, reportT } from './report-fixture';

const font = (path: string) =>
  new Uint8Array(readFileSync(join(root, 'node_modules/@expo-google-fonts/noto-sans', path)));
const fonts = { regular: font('400Regular/NotoSans_400Regular.ttf'), bold: font('700Bold/NotoSans_700Bold.ttf') };
const dir = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The PDF's text as poppler reads it back (what a reader copies or a screen reader gets). */
function pdfText(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return squash(execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Paragraphs of the Word document with their style, from word/document.xml. */
async function docxParagraphs(bytes: Uint8Array): Promise<{ style: string; text: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    text: unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

/** What every report must contain, in its own language: translated headings and questionnaire text. */
async function expected(language: Language) {
  const t = await reportT(language);
  const q = localised(eif4scc(), language);
  const first = q.items[0];
  if (!first) throw new Error('no item');
  return {
    title: t('report.title'),
    headings1: [t('report.summary.title'), t('report.results.heading'), t('report.methodology.heading')],
    groupTitle: t('methodology.groupTitle'),
    question: first.question,
    // Item 1 is answered at level 2: the plan shows the rubric of level 3.
    rubric: first.rubric['3'] ?? '',
    title2: q.title,
  };
}

describe.each(EU_LANGUAGES)('report in %s', (language) => {
  it('PDF: translated headings, questionnaire text and metadata read back exactly', async () => {
    const e = await expected(language);
    const bytes = await renderPdf(await eif4sccReport(language), fonts);
    const text = pdfText(bytes, language);
    for (const s of [e.title, ...e.headings1, e.groupTitle, e.question, e.rubric, e.title2, 'Ġorġ Ħabib']) {
      expect(text).toContain(squash(s));
    }
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe(`${e.title}: Il-Belt Valletta 2026`);
    expect(pdf.getAuthor()).toBe('Ġorġ Ħabib');
    expect(pdf.getSubject()).toContain(e.title2);
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe(language);
    expect(pdf.getPageCount()).toBeGreaterThan(5);
  });

  it('Word: real headings and tables, translated text, title and language set', async () => {
    const e = await expected(language);
    const bytes = await renderDocx(await eif4sccReport(language));
    const paragraphs = await docxParagraphs(bytes);
    const withStyle = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(withStyle('Title')).toEqual([e.title]);
    expect(withStyle('Heading1')).toEqual(expect.arrayContaining(e.headings1));
    expect(withStyle('Heading3')).toContain(e.groupTitle);
    const all = paragraphs.map((p) => p.text);
    expect(all).toContain(e.rubric);
    expect(all.some((p) => p.includes(e.question))).toBe(true);
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('<w:tbl>');
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(unescape(/<dc:title>([^<]*)</.exec(core)?.[1] ?? '')).toBe(`${e.title}: Il-Belt Valletta 2026`);
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toMatch(new RegExp(`<w:lang w:val="${language}-[A-Z]{2}"`));
  });
});

describe('peer comparison section', () => {
  const peers = (synthetic: boolean): PeerComparison[] => [
    {
      questionnaireId: 'eif4scc',
      description: 'Malta, 5 000–19 999',
      synthetic,
      minimumPeers: 5,
      overall: { peers: 12, median: 41.5, q1: 30, q3: 55, percentileRank: 37.5 },
      groups: { 'citizen-centric': { peers: 3 } },
    },
  ];

  it.each(['el', 'ga'] as const)('prints the statistics and the synthetic label in %s', async (language) => {
    const t = await reportT(language);
    const text = pdfText(await renderPdf(await eif4sccReport(language, peers(true)), fonts), `peers-${language}`);
    expect(text).toContain(squash(t('report.peers.synthetic')));
    expect(text).toContain(squash(t('report.peers.group', { description: 'Malta, 5 000–19 999' })));
    expect(text).toContain(squash(t('report.peers.caption')));
    const docx = (await docxParagraphs(await renderDocx(await eif4sccReport(language, peers(true))))).map(
      (p) => p.text,
    );
    expect(docx).toContain(t('report.peers.synthetic'));
  });

  it('says nothing of synthetic data for real peers, and nothing of peers without a comparison', async () => {
    const t = await reportT('en');
    const real = pdfText(await renderPdf(await eif4sccReport('en', peers(false)), fonts), 'peers-real');
    expect(real).toContain('Comparison with peers');
    expect(real).toContain('41.5');
    expect(real).toContain(t('report.peers.tooFew', { min: 5 }));
    expect(real).not.toContain('Synthetic demonstration data');
    const none = pdfText(await renderPdf(await eif4sccReport('en'), fonts), 'peers-none');
    expect(none).not.toContain('Comparison with peers');
  });
});
