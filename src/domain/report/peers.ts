import type { PeerComparisonReport } from '../benchmark/city';
import type { StatRow } from '../benchmark/comparison';
import type { Questionnaire } from '../questionnaire/schema';
import type { QuestionnaireScore } from '../scoring/score';
import type { ReportBlock } from './model';
import type { ReportText } from './text';

/** Statistics of one group (or the overall score) over the peer group. */
export interface PeerStat {
  /** Peers with a score here. */
  readonly peers: number;
  /** Absent when there are too few peers for statistics (below `minimumPeers`). */
  readonly median?: number;
  readonly q1?: number;
  readonly q3?: number;
  /** Share of peers (0–100) scoring below the city, ties counting half. */
  readonly percentileRank?: number;
}

/**
 * What the report needs from a peer comparison of one questionnaire. The benchmark feature builds
 * it (its loadPeerComparison); the report only lays it out.
 */
export interface PeerComparison {
  readonly questionnaireId: string;
  /** The peer group in words, in the report language (filters, pool, year…). */
  readonly description: string;
  /** Peers come from the synthetic demonstration pool: the report must say so, visibly. */
  readonly synthetic: boolean;
  /** Below this many peers no statistic is shown (anonymity and meaning). */
  readonly minimumPeers: number;
  readonly overall: PeerStat;
  /** By group id. */
  readonly groups: Readonly<Record<string, PeerStat>>;
}

const hasStats = (s: PeerStat, min: number): s is Required<PeerStat> =>
  s.peers >= min && s.median !== undefined && s.q1 !== undefined && s.q3 !== undefined;

/** The peer-comparison section of one questionnaire: table, chart and the synthetic label when due. */
export function peerSection(
  text: ReportText,
  q: Questionnaire,
  result: QuestionnaireScore,
  city: string,
  peers: PeerComparison,
): ReportBlock[] {
  const { t, f } = text;
  const min = peers.minimumPeers;
  const score = (x: number | undefined) => (x === undefined ? '–' : f.score(x));
  const rows: { label: string; own: number | undefined; stat: PeerStat }[] = [
    { label: t('trend.overall'), own: result.overall.score, stat: peers.overall },
  ];
  for (const g of result.groups.values()) {
    const stat = peers.groups[g.node.group.id];
    if (stat && g.node.items.length > 0) rows.push({ label: g.node.group.title, own: g.score, stat });
  }
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: t('report.peers.title', { title: q.title }) }];
  if (peers.synthetic) blocks.push({ kind: 'notice', text: t('report.peers.synthetic') });
  blocks.push({ kind: 'paragraph', text: t('report.peers.group', { description: peers.description }) });
  blocks.push({
    kind: 'chart',
    caption: t('report.peers.chartCaption'),
    max: 100,
    series: [
      { name: city, color: '#003399' },
      { name: t('report.peers.median'), color: '#b35900' },
    ],
    bars: rows.map((r) => {
      const values = [r.own, hasStats(r.stat, min) ? r.stat.median : undefined];
      return { label: r.label, values, texts: values.map(score) };
    }),
  });
  blocks.push({
    kind: 'table',
    caption: t('report.peers.caption'),
    columns: [
      { title: t('results.columns.group'), width: 3 },
      { title: t('report.peers.columns.peers'), width: 1 },
      { title: t('report.peers.columns.own'), width: 1.2 },
      { title: t('report.peers.columns.median'), width: 1.2 },
      { title: t('report.peers.columns.quartiles'), width: 1.6 },
      { title: t('report.peers.columns.rank'), width: 1.3 },
    ],
    rows: rows.map((r) =>
      hasStats(r.stat, min)
        ? [
            r.label,
            f.number(r.stat.peers, 0),
            score(r.own),
            f.score(r.stat.median),
            `${f.score(r.stat.q1)} – ${f.score(r.stat.q3)}`,
            r.stat.percentileRank === undefined || r.own === undefined ? '–' : f.score(r.stat.percentileRank),
          ]
        : [r.label, f.number(r.stat.peers, 0), score(r.own), t('report.peers.tooFew', { min }), '–', '–'],
    ),
  });
  return blocks;
}

const statOf = (row: StatRow): PeerStat =>
  row.summary === null
    ? { peers: row.count }
    : {
        peers: row.count,
        median: row.summary.median,
        q1: row.summary.q1,
        q3: row.summary.q3,
        ...(row.rank === null ? {} : { percentileRank: row.rank }),
      };

/**
 * The report's view of a benchmark comparison: overall and group statistics, the synthetic flag of
 * the pools, and the peer group described (already in the report language) by the caller.
 */
export function peerComparisonFromBenchmark(report: PeerComparisonReport, description: string): PeerComparison {
  const { comparison } = report;
  // Below the threshold the benchmark computes no statistic at all; the report then says so per row.
  const groups = Object.fromEntries(comparison.groups.map((g) => [g.id, statOf(g)]));
  return {
    questionnaireId: comparison.questionnaire.id,
    description,
    synthetic: comparison.synthetic || report.pools.some((p) => p.synthetic),
    minimumPeers: comparison.threshold,
    overall: statOf(comparison.overall),
    groups,
  };
}
