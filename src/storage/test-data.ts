import type { Answer, Assessment } from '../domain/assessment/schema';

/** Rows for storage tests. */
export function makeAssessment(id: string, overrides: Partial<Assessment> = {}): Assessment {
  return {
    id,
    profile: {
      name: 'Ljubljana',
      country: 'SI',
      lau: '',
      nuts: 'SI04',
      populationBand: '250k-500k',
      urbanisation: 'cities',
      organisation: '',
      assessor: '',
    },
    year: 2026,
    questionnaires: [{ id: 'sample', version: '1.0.0' }],
    status: 'in-progress',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

export function makeAnswer(assessmentId: string, itemId: string, overrides: Partial<Answer> = {}): Answer {
  return {
    assessmentId,
    questionnaireId: 'sample',
    itemId,
    value: 3,
    note: '',
    evidence: [],
    flagged: false,
    plan: null,
    updatedAt: '2026-01-02T10:00:00.000Z',
    ...overrides,
  };
}
