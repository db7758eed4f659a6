import type { Lang } from './i18n.ts';
import { pagePath } from './i18n.ts';

/** Sidebar sections in reading order; a page's `section` frontmatter must be one of these. */
export const sections = [
  'start',
  'concepts',
  'apis',
  'practice',
  'scenarios',
  'frameworks',
  'libraries',
  'reference',
] as const;
export type Section = (typeof sections)[number];

/** Section names shown in the sidebar and breadcrumbs. */
export const sectionLabels: Record<Section, Record<Lang, string>> = {
  start: { zh: '开始', en: 'Start here' },
  concepts: { zh: '核心概念', en: 'Core concepts' },
  apis: { zh: 'asyncio API', en: 'asyncio APIs' },
  practice: { zh: '实践要点', en: 'In practice' },
  scenarios: { zh: '实战场景', en: 'Scenarios' },
  frameworks: { zh: '框架对比', en: 'Frameworks' },
  libraries: { zh: '同步与异步库', en: 'Libraries' },
  reference: { zh: '参考', en: 'Reference' },
};

/** What navigation needs to know about one page. */
export interface NavPage {
  slug: string;
  title: string;
  section: Section;
  order: number;
}

export interface NavLink {
  slug: string;
  title: string;
  href: string;
}

export interface NavGroup {
  section: Section;
  label: string;
  links: NavLink[];
}

/** Groups one language's pages by section, in section order, then by `order` and slug. */
export function buildSidebar(pages: readonly NavPage[], lang: Lang): NavGroup[] {
  return sections
    .map((section) => ({
      section,
      label: sectionLabels[section][lang],
      links: pages
        .filter((page) => page.section === section)
        .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
        .map((page) => ({ slug: page.slug, title: page.title, href: pagePath(lang, page.slug) })),
    }))
    .filter((group) => group.links.length > 0);
}

/** The pages before and after `slug` in sidebar order, so a reader can go through the guide. */
export function prevNext(
  sidebar: readonly NavGroup[],
  slug: string,
): { prev: NavLink | undefined; next: NavLink | undefined } {
  const flat = sidebar.flatMap((group) => group.links);
  const index = flat.findIndex((link) => link.slug === slug);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: flat[index - 1], next: flat[index + 1] };
}

export interface Crumb {
  label: string;
  href?: string;
}

/** Home › section › page; the home page itself has no breadcrumbs. */
export function breadcrumbs(sidebar: readonly NavGroup[], slug: string, lang: Lang, homeLabel: string): Crumb[] {
  if (slug === 'index') return [];
  const group = sidebar.find((candidate) => candidate.links.some((link) => link.slug === slug));
  const page = group?.links.find((link) => link.slug === slug);
  const crumbs: Crumb[] = [{ label: homeLabel, href: pagePath(lang, 'index') }];
  if (group) {
    const first = group.links[0];
    crumbs.push(first && first.slug !== slug ? { label: group.label, href: first.href } : { label: group.label });
  }
  if (page) crumbs.push({ label: page.title });
  return crumbs;
}
