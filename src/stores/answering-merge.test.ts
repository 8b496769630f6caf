import { expect, it } from 'vitest';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { answerKey, initialAnsweringState, mergeStored, type AnsweringState } from './answering-store';

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const state = (answers: AnsweringState['answers']): AnsweringState => ({
  ...initialAnsweringState,
  status: 'ready',
  assessment: makeAssessment('a1'),
  answers,
});
const key = (itemId: string) => answerKey('sample', itemId);

it('shows a newer answer stored by another tab and keeps a newer one of its own', () => {
  const mine = makeAnswer('a1', 'gov-owner', { value: 2, updatedAt: at(5) });
  const before = state({ [key('gov-owner')]: mine });
  const stored = [
    makeAnswer('a1', 'gov-strategy', { value: 4, updatedAt: at(3) }),
    makeAnswer('a1', 'gov-owner', { value: 1, updatedAt: at(4) }),
  ];
  expect(mergeStored(before, 'a1', stored, new Map()).answers).toEqual({
    [key('gov-owner')]: mine,
    [key('gov-strategy')]: stored[0],
  });
});

it('drops an answer cleared in another tab, but never one this tab has not committed yet', () => {
  const committed = makeAnswer('a1', 'gov-owner', { value: 2, updatedAt: at(1) });
  const inFlight = makeAnswer('a1', 'data-open', { value: 5, updatedAt: at(2) });
  const before = state({ [key('gov-owner')]: committed, [key('data-open')]: inFlight });
  const next = mergeStored(before, 'a1', [], new Map([[key('data-open'), inFlight]]));
  expect(next.answers).toEqual({ [key('data-open')]: inFlight });
});

it('leaves an answer this tab is changing alone even when the stored one is newer', () => {
  const typing = makeAnswer('a1', 'gov-owner', { note: 'draft', updatedAt: at(1) });
  const before = state({ [key('gov-owner')]: typing });
  const stored = [makeAnswer('a1', 'gov-owner', { note: 'other tab', updatedAt: at(9) })];
  expect(mergeStored(before, 'a1', stored, new Map([[key('gov-owner'), typing]]))).toEqual({});
});

it('ignores rows of another assessment and changes nothing when all is known', () => {
  const a = makeAnswer('a1', 'gov-owner', { updatedAt: at(1) });
  expect(mergeStored(state({ [key('gov-owner')]: a }), 'a1', [a], new Map())).toEqual({});
  expect(mergeStored(state({}), 'other', [a], new Map())).toEqual({});
});
