import type { HTMLAttributes } from 'react';

const TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * A heading at a level given by where the page sits: the charter is the page's main
 * heading when read alone, and a part under the screen's own title when shown inside one
 * (a page has one h1). Styles go by class, never by level.
 */
export function Heading({ level, ...props }: { level: number } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = TAGS[Math.min(TAGS.length, Math.max(1, level)) - 1] ?? 'h6';
  return <Tag {...props} />;
}
