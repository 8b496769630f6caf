import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { ChartBlock, ReportBlock, ReportDocument, TableBlock } from '../../../domain/report/model';
import { chartGeometry } from './chart-geometry';
import { cleanText, wrapText, type Measure } from './wrap';

/** The TrueType fonts the PDF embeds (Noto Sans covers Latin, Greek and Cyrillic: all 24 languages). */
export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { left: 56, right: 56, top: 60, bottom: 64 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INK = rgb(0.1, 0.1, 0.1);
const SUBTLE = rgb(0.3, 0.3, 0.3);
const BLUE = rgb(0, 0.2, 0.6);
const LINE = rgb(0.6, 0.6, 0.6);
const WARN = rgb(0.6, 0.2, 0);

const hex = (color: string): RGB =>
  rgb(
    parseInt(color.slice(1, 3), 16) / 255,
    parseInt(color.slice(3, 5), 16) / 255,
    parseInt(color.slice(5, 7), 16) / 255,
  );

interface TextStyle {
  readonly font: PDFFont;
  readonly size: number;
  readonly color: RGB;
}

/** A simple top-to-bottom flow over A4 pages. */
class Flow {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - MARGIN.top;
  }

  get left(): number {
    return this.y - MARGIN.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.left && this.y < PAGE.height - MARGIN.top) this.newPage();
  }

  private readonly advances = new Map<PDFFont, Map<string, number>>();

  /**
   * Width as the sum of cached advances per character: pdf-lib lays out the whole string on every
   * call, which made wrapping take seconds. Ligatures only narrow text, so this never underestimates.
   */
  measure(style: TextStyle): Measure {
    let cache = this.advances.get(style.font);
    if (!cache) this.advances.set(style.font, (cache = new Map()));
    const advances = cache;
    return (s) => {
      let width = 0;
      for (const ch of s) {
        let w = advances.get(ch);
        if (w === undefined) advances.set(ch, (w = style.font.widthOfTextAtSize(ch, 1000)));
        width += w;
      }
      return (width * style.size) / 1000;
    };
  }

  /** Wrapped text, line by line, flowing onto new pages as needed. */
  text(content: string, style: TextStyle, options: { indent?: number; after?: number } = {}): void {
    const indent = options.indent ?? 0;
    const leading = style.size * 1.4;
    for (const line of wrapText(content, WIDTH - indent, this.measure(style))) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN.left + indent, y: this.y + style.size * 0.3, ...style });
    }
    this.y -= options.after ?? 6;
  }
}

export async function renderPdf(report: ReportDocument, fonts: PdfFonts): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: false });
  const bold = await doc.embedFont(fonts.bold, { subset: false });
  const flow = new Flow(doc, regular, bold);
  const { metadata } = report;
  doc.setTitle(cleanText(metadata.title), { showInWindowTitleBar: true });
  doc.setAuthor(cleanText(metadata.author));
  doc.setSubject(cleanText(metadata.subject));
  doc.setKeywords(metadata.keywords.map(cleanText));
  doc.setLanguage(report.language);
  doc.setCreator('EIF4SCC interoperability self-assessment');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(new Date(metadata.createdAt));
  doc.setModificationDate(new Date(metadata.createdAt));

  drawCover(flow, report);
  flow.newPage();
  for (const block of report.blocks) drawBlock(flow, block);

  const footer: TextStyle = { font: regular, size: 8, color: SUBTLE };
  flow.pages.forEach((page, index) => {
    const label = report.pageNumberTemplate
      .replace('{page}', String(index + 1))
      .replace('{pages}', String(flow.pages.length));
    const width = regular.widthOfTextAtSize(label, footer.size);
    page.drawText(label, { x: (PAGE.width - width) / 2, y: MARGIN.bottom / 2, ...footer });
  });
  return doc.save();
}

function drawCover(flow: Flow, report: ReportDocument): void {
  flow.y -= 120;
  flow.text(report.cover.title, { font: flow.bold, size: 24, color: BLUE }, { after: 10 });
  flow.text(report.cover.subtitle, { font: flow.bold, size: 16, color: INK }, { after: 30 });
  const labelStyle: TextStyle = { font: flow.bold, size: 10, color: SUBTLE };
  const valueStyle: TextStyle = { font: flow.regular, size: 11, color: INK };
  for (const fact of report.cover.facts) {
    flow.text(fact.label, labelStyle, { after: 0 });
    flow.text(fact.value, valueStyle, { after: 10 });
  }
}

function drawBlock(flow: Flow, block: ReportBlock): void {
  switch (block.kind) {
    case 'page-break':
      if (flow.y < PAGE.height - MARGIN.top) flow.newPage();
      return;
    case 'heading': {
      const size = block.level === 1 ? 18 : block.level === 2 ? 14 : 11.5;
      flow.y -= block.level === 1 ? 4 : 8;
      // Keep a heading with at least a few lines of what follows.
      flow.ensure(size * 1.4 * 2 + 40);
      flow.text(block.text, { font: flow.bold, size, color: block.level === 3 ? INK : BLUE }, { after: 6 });
      return;
    }
    case 'paragraph': {
      const style: TextStyle =
        block.style === 'strong'
          ? { font: flow.bold, size: 10, color: INK }
          : block.style === 'subtle'
            ? { font: flow.regular, size: 9, color: SUBTLE }
            : { font: flow.regular, size: 10, color: INK };
      flow.text(block.text, style, { indent: block.style === 'formula' ? 14 : 0 });
      return;
    }
    case 'list':
      for (const item of block.items) {
        flow.ensure(14);
        flow.page.drawText('•', { x: MARGIN.left + 2, y: flow.y - 14 + 3, font: flow.regular, size: 10, color: INK });
        flow.text(item, { font: flow.regular, size: 10, color: INK }, { indent: 14, after: 3 });
      }
      flow.y -= 4;
      return;
    case 'notice':
      drawNotice(flow, block.text);
      return;
    case 'table':
      drawTable(flow, block);
      return;
    case 'chart':
      drawChart(flow, block);
      return;
  }
}

/** A framed, bold warning that cannot be missed (synthetic data, untranslated content). */
function drawNotice(flow: Flow, text: string): void {
  const style: TextStyle = { font: flow.bold, size: 10, color: WARN };
  const pad = 8;
  const lines = wrapText(text, WIDTH - 2 * pad, flow.measure(style));
  const leading = style.size * 1.4;
  const height = lines.length * leading + 2 * pad;
  flow.ensure(height + 6);
  const top = flow.y;
  flow.page.drawRectangle({
    x: MARGIN.left,
    y: top - height,
    width: WIDTH,
    height,
    borderColor: WARN,
    borderWidth: 1.5,
    color: rgb(1, 0.96, 0.9),
  });
  lines.forEach((line, i) => {
    flow.page.drawText(line, { x: MARGIN.left + pad, y: top - pad - (i + 1) * leading + style.size * 0.3, ...style });
  });
  flow.y = top - height - 10;
}

function drawTable(flow: Flow, table: TableBlock): void {
  const size = 8;
  const leading = size * 1.35;
  const pad = 3;
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * WIDTH);
  const regular: TextStyle = { font: flow.regular, size, color: INK };
  const bold: TextStyle = { font: flow.bold, size, color: INK };
  const cellLines = (cells: readonly string[], style: TextStyle) =>
    cells.map((cell, i) => wrapText(cell, (widths[i] ?? 0) - 2 * pad, flow.measure(style)));
  const header = cellLines(
    table.columns.map((c) => c.title),
    bold,
  );
  const headerHeight = Math.max(...header.map((l) => l.length)) * leading + 2 * pad;

  flow.ensure(30 + headerHeight + leading * 2);
  flow.text(table.caption, { font: flow.bold, size: 9, color: SUBTLE }, { after: 4 });

  const drawRow = (lines: string[][], style: TextStyle, shaded: boolean) => {
    const height = Math.max(1, ...lines.map((l) => l.length)) * leading + 2 * pad;
    const top = flow.y;
    if (shaded) {
      flow.page.drawRectangle({ x: MARGIN.left, y: top - height, width: WIDTH, height, color: rgb(0.92, 0.94, 0.98) });
    }
    let x = MARGIN.left;
    lines.forEach((cell, i) => {
      cell.forEach((line, j) => {
        flow.page.drawText(line, { x: x + pad, y: top - pad - (j + 1) * leading + size * 0.3, ...style });
      });
      x += widths[i] ?? 0;
    });
    flow.page.drawLine({
      start: { x: MARGIN.left, y: top - height },
      end: { x: MARGIN.left + WIDTH, y: top - height },
      thickness: 0.5,
      color: LINE,
    });
    flow.y = top - height;
  };
  const drawHeader = () => drawRow(header, bold, true);
  drawHeader();

  for (const row of table.rows) {
    let lines = cellLines(row, regular);
    // A row taller than what is left is split line by line across pages, the header repeated.
    for (;;) {
      const rows = Math.max(1, ...lines.map((l) => l.length));
      const fit = Math.floor((flow.left - 2 * pad) / leading);
      if (rows <= fit) {
        drawRow(lines, regular, false);
        break;
      }
      const fullPage = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom - headerHeight - 2 * pad) / leading);
      if (rows <= fullPage || fit < 3) {
        flow.newPage();
        drawHeader();
        continue;
      }
      drawRow(
        lines.map((l) => l.slice(0, fit)),
        regular,
        false,
      );
      lines = lines.map((l) => l.slice(fit));
      flow.newPage();
      drawHeader();
    }
  }
  flow.y -= 10;
}

function drawChart(flow: Flow, chart: ChartBlock): void {
  const labelStyle: TextStyle = { font: flow.regular, size: 8, color: INK };
  const geometry = chartGeometry(chart, WIDTH, flow.measure(labelStyle), labelStyle.size * 1.3);
  flow.ensure(30 + Math.min(geometry.height, 300));
  flow.text(chart.caption, { font: flow.bold, size: 9, color: SUBTLE }, { after: 6 });
  const axis = (rowTop: number, rowBottom: number) => {
    for (const tick of geometry.ticks) {
      flow.page.drawLine({
        start: { x: MARGIN.left + tick.x, y: rowTop },
        end: { x: MARGIN.left + tick.x, y: rowBottom },
        thickness: 0.4,
        color: LINE,
      });
    }
  };
  const tickLabels = () => {
    for (const tick of geometry.ticks) {
      const w = flow.regular.widthOfTextAtSize(tick.text, 7);
      flow.page.drawText(tick.text, {
        x: MARGIN.left + tick.x - w / 2,
        y: flow.y - 9,
        font: flow.regular,
        size: 7,
        color: SUBTLE,
      });
    }
    flow.y -= 14;
  };
  for (const row of geometry.rows) {
    if (row.height > flow.left - 20) {
      tickLabels();
      flow.newPage();
    }
    const rowTop = flow.y;
    axis(rowTop, rowTop - row.height);
    row.label.forEach((line, i) => {
      flow.page.drawText(line, { x: MARGIN.left, y: rowTop - (i + 1) * geometry.leading + 2, ...labelStyle });
    });
    for (const bar of row.bars) {
      const y = rowTop - bar.y - bar.height;
      if (bar.width > 0) {
        flow.page.drawRectangle({
          x: MARGIN.left + bar.x,
          y,
          width: bar.width,
          height: bar.height,
          color: hex(bar.color),
        });
      }
      flow.page.drawText(bar.text, {
        x: MARGIN.left + bar.x + bar.width + 3,
        y: y + 1.5,
        font: flow.regular,
        size: 7,
        color: INK,
      });
    }
    flow.y -= row.height;
  }
  tickLabels();
  if (chart.series.length > 1) {
    let x = MARGIN.left + geometry.plotLeft;
    for (const s of chart.series) {
      flow.page.drawRectangle({ x, y: flow.y - 8, width: 8, height: 8, color: hex(s.color) });
      flow.page.drawText(cleanText(s.name), { x: x + 11, y: flow.y - 7, font: flow.regular, size: 8, color: INK });
      x += 11 + flow.regular.widthOfTextAtSize(cleanText(s.name), 8) + 16;
    }
    flow.y -= 14;
  }
  flow.y -= 10;
}
