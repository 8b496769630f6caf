import { z } from 'zod';
import { peerGroupSchema } from '../domain/benchmark/peer-group';
import { idSchema } from '../domain/questionnaire/schema';

export { peerSetSchema, type PeerSet } from '../domain/benchmark/peer-set';

/** A peer pool: what was imported, from where, when; its records are in rows of `peerSets`. */
export const peerPoolRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  title: z.string().max(300),
  source: z.strictObject({ kind: z.enum(['file', 'folder', 'url', 'demo']), label: z.string().max(2000) }),
  recordCount: z.number().int().min(0),
  syntheticCount: z.number().int().min(0),
  /** "id@version" of the questionnaires its records answer. */
  questionnaires: z.array(z.string().max(200)).max(1000),
  importedAt: z.iso.datetime(),
  /** "importing" until every record is written: such a pool is invisible and removed at the next start. */
  status: z.enum(['importing', 'ready']),
});
export type PeerPoolRow = z.output<typeof peerPoolRowSchema>;

/** The pools and peer group chosen on an assessment's benchmark screen, restored when it reopens. */
export const benchmarkSelectionRowSchema = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  questionnaireId: idSchema,
  poolIds: z.array(z.string().min(1).max(100)).max(100),
  group: peerGroupSchema,
  updatedAt: z.iso.datetime(),
});
export type BenchmarkSelectionRow = z.output<typeof benchmarkSelectionRowSchema>;
