import type { Questionnaire, QuestionnaireItem } from './schema';

interface MimRef {
  readonly mim: string;
  /** Capability number; requirement R1.2 and RC1.2 belong to capability 1. Undefined for a bare "MIM4". */
  readonly capability: number | undefined;
}

/** Parses current-generation MIM ids ("MIM0", "MIM0 C1", "MIM0 R1.2", "MIM3 RC2.3"); anything else is ignored. */
export function parseMimRef(id: string): MimRef | undefined {
  const m = /^(MIM\d+)(?: (?:C(\d+)|R(\d+)(?:\.\d+)?[a-z]?|RC(\d+)(?:\.\d+)?))?$/.exec(id.trim());
  if (!m) return undefined;
  const capability = m[2] ?? m[3] ?? m[4];
  return { mim: m[1] as string, capability: capability === undefined ? undefined : Number(capability) };
}

const relate = (a: MimRef, b: MimRef) =>
  a.mim === b.mim && (a.capability === undefined || b.capability === undefined || a.capability === b.capability);

export interface RelatedItem {
  readonly questionnaire: Questionnaire;
  readonly item: QuestionnaireItem;
}

/**
 * Items of other questionnaires that cite the same MIM capability as each item of `q`: from an
 * EIF4SCC item to the MIM items that implement it, and from a MIM item back to the EIF4SCC items.
 */
export function relatedItems(q: Questionnaire, others: readonly Questionnaire[]): Map<string, RelatedItem[]> {
  const refsOf = (item: QuestionnaireItem) => item.provenance.mims.flatMap((id) => parseMimRef(id) ?? []);
  const out = new Map<string, RelatedItem[]>();
  for (const item of q.items) {
    const mine = refsOf(item);
    if (mine.length === 0) continue;
    const related: RelatedItem[] = [];
    for (const other of others) {
      if (other.id === q.id) continue;
      for (const candidate of other.items) {
        if (refsOf(candidate).some((r) => mine.some((m) => relate(m, r))))
          related.push({ questionnaire: other, item: candidate });
      }
    }
    if (related.length > 0) out.set(item.id, related);
  }
  return out;
}
