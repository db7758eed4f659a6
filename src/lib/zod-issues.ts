/**
 * Zod issues as sentences an author can act on, naming the field and the array item it is in:
 * `nodes[3] "select".label.en: missing field`. Shared by the typed data files (diagrams, timeline
 * traces, comparison tables), so each names a bad field the same way.
 */
import type { z } from 'astro/zod';

/**
 * `nodes.3.label.en` → `nodes[3] "select".label.en`: an array item is named by its `nameKey` field when
 * that is a non-blank string. Empty for an issue about the whole value.
 */
export function issuePath(data: unknown, path: readonly PropertyKey[], nameKey = 'id'): string {
  let node: unknown = data;
  let out = '';
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const name = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[nameKey] : undefined;
      out += `[${key}]${typeof name === 'string' && name.trim() ? ` "${name}"` : ''}`;
    } else {
      out += `${out ? '.' : ''}${String(key)}`;
    }
  }
  return out;
}

/** One Zod issue as `<field>: <problem>`, with `(file)` as the field of an issue about the whole file. */
export function describeIssue(data: unknown, issue: z.core.$ZodIssue, nameKey = 'id'): string {
  const where = issuePath(data, issue.path, nameKey) || '(file)';
  if (issue.code === 'unrecognized_keys') return `${where}: unknown key(s) ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return `${where}: missing field`;
  return `${where}: ${issue.message}`;
}
