/** A heading as Astro's render() reports it. */
export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Builds a two-level table of contents from h2 and h3 headings; h3s nest under the h2 before them. */
export function buildToc(headings: readonly HeadingInfo[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      items.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push({ slug: heading.slug, text: heading.text });
      else items.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return items;
}

/**
 * The heading the reader is in: the last one whose top has scrolled above `offset`,
 * or the first heading when none has yet.
 */
export function currentHeading(tops: readonly { slug: string; top: number }[], offset: number): string | undefined {
  let current = tops[0]?.slug;
  for (const { slug, top } of tops) {
    if (top - offset <= 0) current = slug;
    else break;
  }
  return current;
}
