import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ChartBlock, ReportBlock, ReportDocument, TableBlock } from '../../../domain/report/model';
import type { Language } from '../../../domain/questionnaire/schema';
import { cleanText } from './wrap';

/** A chart drawn as a PNG (in the browser, on a canvas), with its size in pixels at 96 dpi. */
export interface ChartImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export type ChartPainter = (chart: ChartBlock) => Promise<ChartImage | undefined>;

/** Word wants a language tag with a region (w:lang); these are the usual ones for each EU language. */
const WORD_LANGUAGE: Record<Language, string> = {
  bg: 'bg-BG', cs: 'cs-CZ', da: 'da-DK', de: 'de-DE', el: 'el-GR', en: 'en-GB', es: 'es-ES', et: 'et-EE',
  fi: 'fi-FI', fr: 'fr-FR', ga: 'ga-IE', hr: 'hr-HR', hu: 'hu-HU', it: 'it-IT', lt: 'lt-LT', lv: 'lv-LV',
  mt: 'mt-MT', nl: 'nl-NL', pl: 'pl-PL', pt: 'pt-PT', ro: 'ro-RO', sk: 'sk-SK', sl: 'sl-SI', sv: 'sv-SE',
}; // prettier-ignore

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Paragraphs of one piece of text, one per explicit line break. */
const lines = (text: string, run: { bold?: boolean; color?: string; size?: number } = {}) =>
  cleanText(text)
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, ...run })] }));

function table(block: TableBlock): (Paragraph | Table)[] {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => Math.round((c.width / total) * 9000));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E6ECF7', color: 'auto' } : undefined,
      children: lines(text, { bold: header, size: 18 }),
    });
  return [
    new Paragraph({ children: [new TextRun({ text: cleanText(block.caption), bold: true })], keepNext: true }),
    new Table({
      width: { size: 9000, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c.title, i, true)) }),
        ...block.rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false)) })),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

async function chart(block: ChartBlock, paint: ChartPainter | undefined): Promise<Paragraph[]> {
  const out = [new Paragraph({ children: [new TextRun({ text: cleanText(block.caption), bold: true })] })];
  const image = await paint?.(block);
  if (image) {
    // 6.25 inches of text width at 96 px per inch.
    const scale = Math.min(1, 600 / image.width);
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: image.data,
            transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
            altText: { name: 'chart', title: cleanText(block.caption), description: cleanText(block.caption) },
          }),
        ],
      }),
    );
  }
  return out;
}

async function block(b: ReportBlock, paint: ChartPainter | undefined): Promise<(Paragraph | Table)[]> {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ text: cleanText(b.text), heading: HEADINGS[b.level - 1] })];
    case 'paragraph':
      return lines(b.text, {
        bold: b.style === 'strong',
        color: b.style === 'subtle' ? '4A4A4A' : undefined,
      });
    case 'list':
      return b.items.map((item) => new Paragraph({ text: cleanText(item), bullet: { level: 0 } }));
    case 'notice': {
      const border = { style: BorderStyle.SINGLE, size: 12, color: '994400', space: 4 };
      return [
        new Paragraph({
          border: { top: border, bottom: border, left: border, right: border },
          shading: { type: ShadingType.CLEAR, fill: 'FFF5E6', color: 'auto' },
          children: [new TextRun({ text: cleanText(b.text), bold: true, color: '994400' })],
        }),
      ];
    }
    case 'table':
      return table(b);
    case 'chart':
      return chart(b, paint);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** The editable Word document: real heading styles, real tables, charts as pictures when a painter is given. */
export async function renderDocx(report: ReportDocument, paint?: ChartPainter): Promise<Uint8Array> {
  const cover: (Paragraph | Table)[] = [
    new Paragraph({ text: cleanText(report.cover.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: cleanText(report.cover.subtitle), bold: true, size: 36 })] }),
    ...report.cover.facts.flatMap((fact) => [
      new Paragraph({ children: [new TextRun({ text: cleanText(fact.label), bold: true })], keepNext: true }),
      ...lines(fact.value),
    ]),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const body: (Paragraph | Table)[] = [];
  for (const b of report.blocks) body.push(...(await block(b, paint)));
  const [before, between, after] = report.pageNumberTemplate.split(/\{page\}|\{pages\}/);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            children: [before ?? '', PageNumber.CURRENT, between ?? '', PageNumber.TOTAL_PAGES, after ?? ''],
          }),
        ],
      }),
    ],
  });
  const doc = new Document({
    title: cleanText(report.metadata.title),
    subject: cleanText(report.metadata.subject),
    creator: cleanText(report.metadata.author),
    lastModifiedBy: cleanText(report.metadata.author),
    keywords: report.metadata.keywords.map(cleanText).join(', '),
    description: cleanText(report.metadata.subject),
    styles: { default: { document: { run: { language: { value: WORD_LANGUAGE[report.language] } } } } },
    sections: [{ footers: { default: footer }, children: [...cover, ...body] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
