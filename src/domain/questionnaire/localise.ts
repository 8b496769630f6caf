import type { ContentTranslation, Language, Questionnaire } from './schema';

/**
 * The questionnaire with its text in `language` where a translation exists; anything not translated
 * stays in the source language. Ids, weights, provenance and scoring never change.
 */
export function localiseQuestionnaire(
  q: Questionnaire,
  language: Language,
  external?: ContentTranslation,
): Questionnaire {
  const t = external ?? q.translations[language];
  if (language === q.language || t === undefined) return q;
  return {
    ...q,
    title: t.title ?? q.title,
    description: t.description ?? q.description,
    scale: {
      ...q.scale,
      levels: q.scale.levels.map((level) => {
        const tl = t.scale?.[String(level.value)];
        return tl ? { ...level, label: tl.label, description: tl.description ?? level.description } : level;
      }),
    },
    groups: q.groups.map((group) => {
      const tg = t.groups[group.id];
      return tg ? { ...group, title: tg.title, description: tg.description ?? group.description } : group;
    }),
    items: q.items.map((item) => {
      const ti = t.items[item.id];
      return ti ? { ...item, question: ti.question, why: ti.why, rubric: ti.rubric, evidence: ti.evidence } : item;
    }),
  };
}
