import { en } from '../i18n/en.ts';
import { zh, type UiStrings } from '../i18n/zh.ts';
import { fill } from './format.ts';

/** Languages of the guide, Chinese first. */
export const languages = ['zh', 'en'] as const;
export type Lang = (typeof languages)[number];

/** The default language: the guide is written for Chinese readers first. */
export const defaultLang: Lang = 'zh';

/** BCP 47 tags for `<html lang>`, hreflang and Pagefind's per-language index. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Names of each language in that language, for the language switch. */
export const languageNames: Record<Lang, string> = { zh: '中文', en: 'English' };

/** True when `value` is one of the guide's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The other language of the pair, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** URL of a page: `/zh/concepts/event-loop/`; the slug `index` is the language home `/zh/`. */
export function pagePath(lang: Lang, slug: string): string {
  return slug === 'index' || slug === '' ? `/${lang}/` : `/${lang}/${slug}/`;
}

/** Splits a content entry id such as `zh/concepts/event-loop` into language and slug. */
export function parseEntryId(id: string): { lang: Lang; slug: string } {
  const [first, ...rest] = id.split('/');
  if (!isLang(first) || rest.length === 0) {
    throw new Error(`Content entry "${id}" must live under content/docs/zh/ or content/docs/en/.`);
  }
  return { lang: first, slug: rest.join('/') };
}

/** Picks the guide language that best matches a browser's preferred languages. */
export function preferredLang(browserLanguages: readonly string[]): Lang {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

const ui: Record<Lang, UiStrings> = { zh, en };

/** A key of the interface strings (`src/i18n/zh.ts`). */
export type UiKey = keyof UiStrings;

/** Interface text in the given language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(ui[lang][key], values);
}
