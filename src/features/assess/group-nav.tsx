import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { GroupNode, Progress } from '../../domain/questionnaire/groups';

interface GroupNavProps {
  tree: readonly GroupNode[];
  progress: ReadonlyMap<string, Progress>;
  currentId: string;
  hrefFor: (groupId: string) => string;
}

/** The questionnaire's groups with how much of each is answered; sections without items are headings. */
export function GroupNav({ tree, progress, currentId, hrefFor }: GroupNavProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('answer.groups')} className="group-nav">
      <ul>
        {tree.map(({ group, depth, items }) => {
          const p = progress.get(group.id) ?? { answered: 0, total: 0 };
          const text = t('answer.progress', { answered: p.answered, count: p.total });
          return (
            <li key={group.id} style={{ paddingInlineStart: `${depth * 0.75}rem` }}>
              {items.length > 0 ? (
                <Link href={hrefFor(group.id)} aria-current={group.id === currentId ? 'page' : undefined}>
                  <span className="group-title">{group.title}</span>
                  <span className="group-progress">{text}</span>
                  <progress max={p.total} value={p.answered} aria-hidden="true" />
                </Link>
              ) : (
                <span className="group-section">
                  <span className="group-title">{group.title}</span>
                  <span className="group-progress">{text}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
