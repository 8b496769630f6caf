import type { Questionnaire } from '../domain/questionnaire/schema';

/** A questionnaire the user loaded from a file, kept so assessments on it keep working offline. */
export interface StoredQuestionnaire {
  key: string;
  id: string;
  version: string;
  fileName: string;
  loadedAt: string;
  document: Questionnaire;
}
