import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocs, formatProblems } from '../lib/content-checks.ts';
import { contentDir } from '../lib/content-dir.ts';

/** Stops `astro build`/`astro dev` before rendering when pages or heading ids are inconsistent. */
export function contentChecks(): AstroIntegration {
  return {
    name: 'guide:content-checks',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        // Previewing serves an existing build; only building and developing read the content.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const problems = checkDocs(join(root, contentDir, 'docs'), root);
        if (problems.length > 0) throw new Error(formatProblems(problems));
      },
    },
  };
}
