/** The words of the comparison tables: interface labels of the data's enum values, and each row's search text. */
import { t } from '../i18n.ts';
import type { UiKey } from '../i18n.ts';
import type { LibraryCategory, LibraryStatus, SupportLevel } from './schema.ts';
import { normalizeText } from './table-logic.ts';

/** Label of a library status (an active library has none). */
export const statusKeys: Record<Exclude<LibraryStatus, 'active'>, UiKey> = {
  stdlib: 'cmpStatusStdlib',
  maintenance: 'cmpStatusMaintenance',
  dormant: 'cmpStatusDormant',
  deprecated: 'cmpStatusDeprecated',
  experimental: 'cmpStatusExperimental',
};

/** Label of a support level. */
export const supportKeys: Record<SupportLevel, UiKey> = {
  yes: 'cmpSupportYes',
  partial: 'cmpSupportPartial',
  no: 'cmpSupportNo',
};

/** Label of a library category, the heading of its group. */
export const categoryKeys: Record<LibraryCategory, UiKey> = {
  web: 'cmpCatWeb',
  databases: 'cmpCatDatabases',
  messaging: 'cmpCatMessaging',
  services: 'cmpCatServices',
  system: 'cmpCatSystem',
};

/** Enum values whose words a reader may type, in either language: `deprecated`, `已弃用`. */
const enumWords: Record<string, Record<string, UiKey>> = {
  status: statusKeys,
  support: supportKeys,
  category: categoryKeys,
};

/** Keys whose values are addresses, not words. */
const notSearched = new Set(['docs', 'guide', 'position']);

/**
 * Every text leaf of a data entry (both languages, names, ids) plus its enum values in words, so a
 * field added to the schema is searchable without listing it here.
 */
function entryWords(node: unknown, key = ''): string[] {
  if (typeof node === 'string') {
    const words = enumWords[key]?.[node];
    return words ? [node, t('zh', words), t('en', words)] : [node];
  }
  if (Array.isArray(node)) return node.flatMap((child) => entryWords(child, key));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([name, value]) => (notSearched.has(name) ? [] : entryWords(value, name)));
}

/** The normalised search string of a row: every word of its entry, plus the guide page it links to. */
export function searchText(entry: object, guide: { text: string } | undefined): string {
  return normalizeText([...entryWords(entry), guide?.text ?? ''].join(' '));
}
