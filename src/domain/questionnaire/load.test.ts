import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../validation/issues';
import { loadQuestionnaire, loadQuestionnaireText, MAX_QUESTIONNAIRE_BYTES } from './load';
import type { QuestionnaireInput } from './schema';

const FILE = 'national-variant.json';
const sampleText = readFileSync(
  join(import.meta.dirname, '../../../test/fixtures/questionnaires/sample-1.0.0.json'),
  'utf8',
);
const sample = (): QuestionnaireInput => JSON.parse(sampleText) as QuestionnaireInput;

/** Loads a changed copy of the sample and returns the messages the user would see. */
function messagesFor(change: (q: QuestionnaireInput & Record<string, unknown>) => unknown): string[] {
  const q = sample() as QuestionnaireInput & Record<string, unknown>;
  const result = loadQuestionnaire(change(q) ?? q, FILE);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('loadQuestionnaire', () => {
  it('accepts the sample questionnaire and fills in defaults', () => {
    const result = loadQuestionnaireText(sampleText, 'sample-1.0.0.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items).toHaveLength(5);
    expect(result.value.groups[0]?.weight).toBe(1);
    expect(result.value.translations).toEqual({});
  });

  // Each kind of invalid file, with the exact message the user sees.
  const cases: [string, () => string[], string[]][] = [
    ['text that is not JSON', () => { const r = loadQuestionnaireText('{"id": "x",\n  oops}', FILE); return r.ok ? [] : r.issues.map(formatIssue); },
      [expect.stringMatching(/^national-variant\.json \$: Not valid JSON at line 2, column 3: /) as unknown as string]],
    ['a file that is too large', () => { const r = loadQuestionnaireText(' '.repeat(MAX_QUESTIONNAIRE_BYTES + 1), FILE); return r.ok ? [] : r.issues.map(formatIssue); },
      ['national-variant.json $: File is too large: 5.01 MB; at most 5 MB is accepted. Nothing was read or stored.']],
    ['JSON that is not an object', () => { const r = loadQuestionnaire([1, 2], FILE); return r.ok ? [] : r.issues.map(formatIssue); },
      ['national-variant.json $: Invalid input: expected object, received array']],
    ['an unsupported schema version', () => messagesFor((q) => { q.schemaVersion = 2 as 1; }),
      ['national-variant.json $.schemaVersion: Expected schemaVersion 1']],
    ['a version that is not semver', () => messagesFor((q) => { q.version = '1.0'; }),
      ['national-variant.json $.version: Expected a semantic version such as "1.0.0"']],
    ['a missing required field', () => messagesFor((q) => { delete (q as Partial<QuestionnaireInput>).title; }),
      ['national-variant.json $.title: Invalid input: expected string, received undefined']],
    ['an unknown field (a typo)', () => messagesFor((q) => { q.itemz = []; }),
      ['national-variant.json $: Unexpected field: "itemz"']],
    ['a wrong type deep inside', () => messagesFor((q) => { (q.items[1] as { weight: unknown }).weight = 'heavy'; }),
      ['national-variant.json $.items[1].weight: Invalid input: expected number, received string']],
    ['a duplicate item id', () => messagesFor((q) => { q.items[1]!.id = 'gov-strategy'; }),
      ['national-variant.json $.items[1].id: Duplicate item id "gov-strategy"']],
    ['an item in an unknown group', () => messagesFor((q) => { q.items[0]!.group = 'legal'; }),
      ['national-variant.json $.items[0].group: Unknown group "legal"']],
    ['a rubric missing a level', () => messagesFor((q) => { delete q.items[2]!.rubric['4']; }),
      ['national-variant.json $.items[2].rubric["4"]: Missing rubric text for level 4']],
    ['a rubric for a level not on the scale', () => messagesFor((q) => { q.items[0]!.rubric['6'] = 'Beyond'; }),
      ['national-variant.json $.items[0].rubric["6"]: Level 6 is not on the scale']],
    ['an EIF 2017 recommendation out of range', () => messagesFor((q) => { q.items[0]!.provenance.eif2017 = [48]; }),
      ['national-variant.json $.items[0].provenance.eif2017[0]: Too big: expected number to be <=47']],
    ['a group nested in itself', () => messagesFor((q) => { q.groups[0]!.parent = 'data'; q.groups[1]!.parent = 'governance'; }),
      ['national-variant.json $.groups[0].parent: Group "governance" is nested inside itself', 'national-variant.json $.groups[1].parent: Group "data" is nested inside itself']],
    ['a group without items', () => messagesFor((q) => { q.groups.push({ id: 'legal', kind: 'element', title: 'Legal' }); }),
      ['national-variant.json $.groups[2]: Group "legal" has no items']],
    ['levels out of order', () => messagesFor((q) => { q.scale.levels[0]!.value = 2; q.scale.levels[1]!.value = 1; }),
      ['national-variant.json $.scale.levels[0].value: Expected level 1: levels are numbered 1, 2, 3… in order', 'national-variant.json $.scale.levels[1].value: Expected level 2: levels are numbered 1, 2, 3… in order']],
    ['level scores that fall as the level rises', () => messagesFor((q) => { q.scoring.levelScores['3'] = 10; }),
      ['national-variant.json $.scoring.levelScores["3"]: Level scores must not decrease as the level rises']],
    ['the same official number on two items', () => messagesFor((q) => {
      q.items[0]!.provenance.officialRecommendation = { number: 12, source: 'x' };
      q.items[1]!.provenance.officialRecommendation = { number: 12, source: 'x' };
    }), ['national-variant.json $.items[1].provenance.officialRecommendation.number: Recommendation 12 is already bound to item "gov-strategy"']],
    ['a translation of an unknown item', () => messagesFor((q) => { q.translations = { de: { items: { nope: { question: 'F', why: 'W', rubric: { '1': 'a', '2': 'b', '3': 'c', '4': 'd', '5': 'e' }, evidence: [] } } } }; }),
      ['national-variant.json $.translations.de.items.nope: Unknown item "nope"']],
    ['a translation into a language that is not an official EU language', () => messagesFor((q) => { q.translations = { tr: {} } as never; }),
      ['national-variant.json $.translations: Unexpected field: "tr"']],
    ['a __proto__ key', () => { const r = loadQuestionnaireText(sampleText.replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": {"polluted": true},'), FILE); return r.ok ? [] : r.issues.map(formatIssue); },
      ['national-variant.json $.__proto__: The key "__proto__" is not allowed']],
  ]; // prettier-ignore

  it.each(cases)('rejects %s with a message naming file, place and reason', (_kind, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it('never pollutes Object.prototype', () => {
    loadQuestionnaireText('{"__proto__": {"polluted": true}}', FILE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
