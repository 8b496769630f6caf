import type { Language } from '../questionnaire/schema';

/**
 * The report as plain data: what it says, already in the report language, without any layout.
 * The PDF and the Word renderers both draw this one model, so the two documents cannot drift apart.
 */
export interface ReportDocument {
  readonly language: Language;
  readonly metadata: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: readonly string[];
    /** ISO date-time the report was made. */
    readonly createdAt: string;
  };
  readonly cover: {
    readonly title: string;
    readonly subtitle: string;
    readonly facts: readonly ReportFact[];
  };
  /** Footer of every page, with `{page}` and `{pages}` to fill in. */
  readonly pageNumberTemplate: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportFact {
  readonly label: string;
  readonly value: string;
}

export interface ReportColumn {
  readonly title: string;
  /** Relative width; renderers share the page width in these proportions. */
  readonly width: number;
}

export interface ChartSeries {
  readonly name: string;
  /** Fill colour as #rrggbb. */
  readonly color: string;
}

export interface ChartBar {
  readonly label: string;
  /** One value per series (0 to `max`); undefined when there is none. */
  readonly values: readonly (number | undefined)[];
  /** The values as printed beside the bars, formatted in the report language ("–" when none). */
  readonly texts: readonly string[];
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'strong' | 'formula' | 'subtle' }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** A framed warning that must stand out, e.g. "synthetic demonstration data". */
  | { readonly kind: 'notice'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly ReportColumn[];
      readonly rows: readonly (readonly string[])[];
    }
  /** Horizontal bars, one row per bar and one bar per series: the same series the results screen draws. */
  | {
      readonly kind: 'chart';
      readonly caption: string;
      readonly max: number;
      readonly series: readonly ChartSeries[];
      readonly bars: readonly ChartBar[];
    }
  | { readonly kind: 'page-break' };

export type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;
export type TableBlock = Extract<ReportBlock, { kind: 'table' }>;
