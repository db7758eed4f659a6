import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { checkedDataFile } from './lib/comparison/data-file.ts';
import { diagramFiles } from './lib/diagrams/read.ts';
import { diagramData } from './lib/diagrams/schema.ts';
import { frameworkTable, libraryEntry } from './lib/comparison/schema.ts';
import { sections } from './lib/navigation.ts';

/** One guide page, in one language: `content/docs/<lang>/<slug>.mdx`. */
const docs = defineCollection({
  loader: glob({
    pattern: '{zh,en}/**/*.{md,mdx}',
    base: `./${contentDir}/docs`,
    // Keep the path as the id (`zh/index`, `zh/concepts/tasks`) instead of Astro's slugified default.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
  schema: z.strictObject({
    /** The page's h1 and <title>: the words people search for. */
    title: z.string().min(1).max(80),
    /** A short label for the sidebar, breadcrumbs and previous/next links; defaults to the title. */
    short: z.string().min(1).max(30).optional(),
    description: z.string().min(10).max(320),
    section: z.enum(sections),
    order: z.number().int().nonnegative(),
    /** Lowest Python version the page's code needs, e.g. "3.12". */
    python: z
      .string()
      .regex(/^3\.\d+$/, 'write a version such as "3.12"')
      .optional(),
    /**
     * Words a reader may search for that the title does not hold (API names, error messages, synonyms);
     * the search index weighs them above the page's text.
     */
    keywords: z
      .array(
        z
          .string()
          .min(1)
          .max(60)
          .regex(/^[^,]+$/, 'one keyword per item, no commas'),
      )
      .max(20)
      .optional(),
  }),
});

/** Every data entry's index in its file, added by the loader. */
const position = { position: z.number().int().nonnegative() };

/** The sync→async library map: one entry per domain (content/data/libraries.yaml). */
const libraries = defineCollection({
  loader: checkedDataFile(`${contentDir}/data/libraries.yaml`, libraryEntry, contentDir),
  // `position` (the entry's index in the file) is added by the loader; the file itself may not set it.
  schema: libraryEntry.extend(position),
});

/** The framework comparisons: one entry per table (content/data/frameworks.yaml). */
const frameworks = defineCollection({
  loader: checkedDataFile(`${contentDir}/data/frameworks.yaml`, frameworkTable, contentDir),
  schema: frameworkTable.and(z.object(position)),
});

/** The concept diagrams: one YAML file each (content/diagrams/<name>.yaml), drawn by <Diagram name="…" />. */
const diagrams = defineCollection({
  loader: diagramFiles(`${contentDir}/diagrams`),
  schema: diagramData,
});

export const collections = { docs, libraries, frameworks, diagrams };
