/** Compatibility export for the Markdown route until it loads examples from lib/content/example.ts. */
import { loadPageExample, type Example } from '../content/example.ts';

/** Same as `loadPageExample(file, where, root)`; the hash argument is ignored (the model hashes once). */
export function loadExampleFile(file: string, where: string, _hash?: unknown, root?: string): Example {
  return loadPageExample(file, where, root);
}
