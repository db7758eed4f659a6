import Aside from './Aside.astro';
import ComparisonTable from './ComparisonTable.astro';
import Diagram from './Diagram.astro';
import Example from './Example.astro';
import Since from './Since.astro';

/** Components that MDX pages use without importing them. */
export const mdxComponents = { Aside, ComparisonTable, Diagram, Example, Since };
