import type { Questionnaire, QuestionnaireGroup, QuestionnaireItem } from './schema';

export interface GroupNode {
  readonly group: QuestionnaireGroup;
  readonly depth: number;
  /** Items placed directly in this group. */
  readonly items: readonly QuestionnaireItem[];
  /** Items in this group and every group nested in it. */
  readonly allItems: readonly QuestionnaireItem[];
}

/** The groups in reading order (depth first, in file order), with their items. */
export function groupTree(q: Questionnaire): GroupNode[] {
  const children = new Map<string | undefined, QuestionnaireGroup[]>();
  for (const group of q.groups) {
    const list = children.get(group.parent) ?? [];
    list.push(group);
    children.set(group.parent, list);
  }
  const direct = new Map<string, QuestionnaireItem[]>();
  for (const item of q.items) {
    const list = direct.get(item.group) ?? [];
    list.push(item);
    direct.set(item.group, list);
  }
  const out: GroupNode[] = [];
  const visit = (group: QuestionnaireGroup, depth: number): QuestionnaireItem[] => {
    const index = out.length;
    const items = direct.get(group.id) ?? [];
    out.push({ group, depth, items, allItems: [] });
    const all = [...items];
    for (const child of children.get(group.id) ?? []) all.push(...visit(child, depth + 1));
    out[index] = { group, depth, items, allItems: all };
    return all;
  };
  for (const root of children.get(undefined) ?? []) visit(root, 0);
  return out;
}

export interface Progress {
  /** Items with a level or "not applicable". */
  readonly answered: number;
  readonly total: number;
}

/** How many items of each group (nested groups included) have an answer. */
export function progressByGroup(
  tree: readonly GroupNode[],
  isAnswered: (item: QuestionnaireItem) => boolean,
): Map<string, Progress> {
  const progress = new Map<string, Progress>();
  for (const node of tree) {
    progress.set(node.group.id, { answered: node.allItems.filter(isAnswered).length, total: node.allItems.length });
  }
  return progress;
}

/** Item numbers in reading order (group by group, as the answering screen shows them), from 1. */
export function itemNumbers(tree: readonly GroupNode[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const node of tree) for (const item of node.items) numbers.set(item.id, numbers.size + 1);
  return numbers;
}
