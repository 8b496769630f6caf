import { answerSchema, type Answer } from '../domain/assessment/schema';

/**
 * A write-ahead journal for answers. IndexedDB commits asynchronously, so a tab closed or killed in
 * the few milliseconds after a change can lose that transaction. Each change is therefore first
 * written synchronously to localStorage (held by the browser, not the page), removed once IndexedDB
 * has committed it, and replayed into IndexedDB at the next start if it is still there.
 */
export interface Journal {
  /** Returns false when localStorage refused the entry (full or disabled). */
  record(answer: Answer): boolean;
  committed(answer: Answer): void;
  pending(): Answer[];
}

const PREFIX = 'eif4scc.journal.';
const keyOf = (a: Pick<Answer, 'assessmentId' | 'questionnaireId' | 'itemId'>) =>
  `${PREFIX}${a.assessmentId}/${a.questionnaireId}/${a.itemId}`;

export function createJournal(storage: Storage | undefined = globalThis.localStorage): Journal {
  return {
    record(answer) {
      try {
        if (!storage) return false;
        storage.setItem(keyOf(answer), JSON.stringify(answer));
        return true;
      } catch {
        // A full or disabled localStorage only loses this safety net; IndexedDB is still written.
        return false;
      }
    },
    committed(answer) {
      try {
        const raw = storage?.getItem(keyOf(answer));
        // Only clear the entry this write put there: a newer change to the same item stays journaled.
        if (
          raw !== null &&
          raw !== undefined &&
          (JSON.parse(raw) as { updatedAt?: string }).updatedAt === answer.updatedAt
        ) {
          storage?.removeItem(keyOf(answer));
        }
      } catch {
        // see record()
      }
    },
    pending() {
      const out: Answer[] = [];
      if (!storage) return out;
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        try {
          const parsed = answerSchema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
          if (parsed.success) out.push(parsed.data);
        } catch {
          // An unreadable entry is skipped (and removed below by the caller's replay).
        }
      }
      return out;
    },
  };
}
