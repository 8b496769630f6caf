import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadQuestionnaireText } from './load';
import { parseMimRef, relatedItems } from './mim-links';
import type { Questionnaire } from './schema';

const load = (path: string): Questionnaire => {
  const r = loadQuestionnaireText(readFileSync(join(import.meta.dirname, '../../..', path), 'utf8'), path);
  if (!r.ok) throw new Error('invalid');
  return r.value;
};

it('parses current-generation MIM ids and ignores generation A notation', () => {
  expect(parseMimRef('MIM0 R1.2')).toEqual({ mim: 'MIM0', capability: 1 });
  expect(parseMimRef('MIM3 RC2.3')).toEqual({ mim: 'MIM3', capability: 2 });
  expect(parseMimRef('MIM6 C3')).toEqual({ mim: 'MIM6', capability: 3 });
  expect(parseMimRef('MIM4')).toEqual({ mim: 'MIM4', capability: undefined });
  expect(parseMimRef('MIM1 (gen A)')).toBeUndefined();
});

it('links EIF4SCC items to the MIM items that implement them, and back', () => {
  const eif = load('questionnaires/eif4scc/1.0.0.json');
  const mims = load('questionnaires/mims/1.0.0.json');
  const genA = load('questionnaires/mims-plus-v5/1.0.0.json');
  const forward = relatedItems(eif, [mims, genA]);
  const back = relatedItems(mims, [eif]);
  expect(forward.size).toBeGreaterThan(5);
  // Generation A numbers mean other mechanisms: never linked.
  expect([...forward.values()].flat().every((r) => r.questionnaire.id === 'mims')).toBe(true);
  // Both directions agree.
  for (const [eifId, related] of forward) {
    for (const r of related)
      expect(
        back.get(r.item.id)?.map((x) => x.item.id),
        `${eifId} ↔ ${r.item.id}`,
      ).toContain(eifId);
  }
});
