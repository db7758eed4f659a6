import { z } from 'astro/zod';

/**
 * Schemas of the comparison-table data (content/data/libraries.yaml and frameworks.yaml).
 * Every object is strict: an unknown key is an error, so a typo never silently drops a fact.
 */

/** A stable row id, also the row's URL fragment (`#redis`): lowercase ASCII words joined by `-`. */
export const ROW_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A guide page given as its slug, optionally with a heading id: `scenarios/http-client`, `libraries/side-by-side#redis`. */
export const GUIDE_LINK = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

const rowId = z.string().regex(ROW_ID, 'must be lowercase ASCII words joined by "-", e.g. "http-client"');

/** Text in both languages of the guide. */
export const bilingual = z.strictObject({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;

/** `null` says on purpose that no guide page covers the row; a missing key is still an error. */
export const guideLink = z
  .string()
  .regex(GUIDE_LINK, 'must be a guide slug such as "scenarios/http-client" or "libraries/side-by-side#redis"')
  .nullable();

/** Where a library stands today: `dormant` = no release for a long time, `maintenance` = fixes only, by the maintainers' word. */
export const libraryStatuses = ['active', 'stdlib', 'maintenance', 'dormant', 'deprecated', 'experimental'] as const;
export type LibraryStatus = (typeof libraryStatuses)[number];

export const library = z.strictObject({
  name: z.string().trim().min(1),
  /** The library's own documentation (https). */
  docs: z.url({ protocol: /^https$/ }),
  /** Omitted means an actively maintained third-party library. */
  status: z.enum(libraryStatuses).optional(),
});
export type Library = z.infer<typeof library>;

/** Groups of the library map, in display order. */
export const libraryCategories = ['web', 'databases', 'messaging', 'services', 'system'] as const;
export type LibraryCategory = (typeof libraryCategories)[number];

/** One domain of the sync→async library map. */
export const libraryEntry = z.strictObject({
  id: rowId,
  category: z.enum(libraryCategories),
  domain: bilingual,
  sync: z.array(library).min(1),
  async: z.array(library).min(1),
  /** What we recommend today and why, one sentence per language. */
  recommendation: bilingual,
  /** Where common advice (and the seed table) is outdated. */
  notes: bilingual.optional(),
  guide: guideLink,
});
export type LibraryEntry = z.infer<typeof libraryEntry>;

/** Feature support in the web-framework table. */
export const supportLevels = ['yes', 'partial', 'no'] as const;
export type SupportLevel = (typeof supportLevels)[number];

/** The sign shown before a support level, written once for every rendering. */
export const supportIcons: Record<SupportLevel, string> = { yes: '✓', partial: '◐', no: '✗' };

export const supportCell = z.strictObject({
  support: z.enum(supportLevels),
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type SupportCell = z.infer<typeof supportCell>;

export const tornadoRow = z.strictObject({
  id: rowId,
  feature: bilingual,
  asyncio: bilingual,
  tornado: bilingual,
});
export type TornadoRow = z.infer<typeof tornadoRow>;

export const webFrameworkRow = z.strictObject({
  id: rowId,
  name: z.string().trim().min(1),
  docs: z.url({ protocol: /^https$/ }),
  guide: guideLink,
  /** ASGI application or its own server, and which servers run it. */
  server: bilingual,
  http2: supportCell,
  websocket: supportCell,
  validation: supportCell,
  openapi: supportCell,
  di: supportCell,
  maturity: bilingual,
});
export type WebFrameworkRow = z.infer<typeof webFrameworkRow>;

/** Rows whose ids must be unique inside one table. */
function uniqueRowIds<T extends { id: string }>(rows: z.ZodType<T[]>) {
  return rows.superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate row id "${item.id}" (first used by row ${first + 1})`,
        });
      } else {
        seen.set(item.id, index);
      }
    });
  });
}

export const tornadoTable = z.strictObject({
  id: z.literal('asyncio-vs-tornado'),
  caption: bilingual,
  rows: uniqueRowIds(z.array(tornadoRow).min(1)),
});
export type TornadoTable = z.infer<typeof tornadoTable>;

export const webFrameworksTable = z.strictObject({
  id: z.literal('web-frameworks'),
  caption: bilingual,
  rows: uniqueRowIds(z.array(webFrameworkRow).min(1)),
});
export type WebFrameworksTable = z.infer<typeof webFrameworksTable>;

/** One entry of frameworks.yaml: a whole table. */
export const frameworkTable = z.discriminatedUnion('id', [tornadoTable, webFrameworksTable]);
export type FrameworkTable = z.infer<typeof frameworkTable>;

/** The table names `<ComparisonTable data="…" />` accepts. */
export const tableNames = ['libraries', 'asyncio-vs-tornado', 'web-frameworks'] as const;
export type TableName = (typeof tableNames)[number];
