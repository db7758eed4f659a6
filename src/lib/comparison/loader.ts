import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { formatDataProblems, guidePageChecker, validateDataEntries } from './validate.ts';

/**
 * Astro's `file()` loader with the whole file checked first. `file()` only logs a warning for a
 * duplicate id and an error for a missing one (and swallows YAML errors), so this wrapper stops the
 * build instead, naming the data file and the entry; it also rejects links to guide pages that do
 * not exist. Per-entry schema errors would stop the build anyway; checking here names the file too.
 * With `position`, each entry also gets its index in the file (the collection schema must accept it).
 */
export function checkedDataFile(
  fileName: string,
  schema: z.ZodType,
  contentDir: string,
  options: { position?: boolean } = {},
): Loader {
  const inner = file(fileName);
  return {
    name: 'guide-data-file',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const path = resolve(root, fileName);
      if (!existsSync(path)) {
        // A content folder without data (a test fixture) still builds; <ComparisonTable> then fails
        // on the page that asks for the missing table.
        context.logger.warn(`${fileName} does not exist; its comparison tables are empty.`);
        context.store.clear();
        return;
      }
      let data: unknown;
      try {
        // `yaml` rejects duplicate mapping keys, which would otherwise silently keep the last value.
        data = parse(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
      } catch (error) {
        throw new Error(`${fileName} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
      }
      const checkLink = guidePageChecker(resolve(root, contentDir, 'docs'));
      // While pages are still being written, GUIDE_ALLOW_MISSING_PAGES=1 turns dead guide links into
      // warnings; every other problem, and every link in a normal build, stops the build.
      const lenient = process.env['GUIDE_ALLOW_MISSING_PAGES'] === '1';
      const problems = validateDataEntries(fileName, data, schema, lenient ? () => undefined : checkLink);
      if (problems.length > 0) throw new Error(formatDataProblems(problems));
      if (lenient) {
        const dead = validateDataEntries(fileName, data, schema, checkLink);
        if (dead.length > 0) context.logger.warn(formatDataProblems(dead));
      }
      if (!options.position || !Array.isArray(data)) {
        await inner.load(context);
        return;
      }
      // Astro's data store sorts entries by id, so the file's order travels as `position`, added
      // here (the file itself may not contain it: the strict schema above rejects the key).
      const positions = new Map(data.map((item: { id: string }, index) => [item.id, index]));
      await inner.load({
        ...context,
        parseData: (props) => context.parseData({ ...props, data: { ...props.data, position: positions.get(props.id) ?? 0 } }),
      });
    },
  };
}
