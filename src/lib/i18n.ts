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

const ui = {
  zh: {
    siteTitle: '异步 Python 指南',
    siteTagline: '经过真实运行验证的 asyncio 与异步 Python 指南',
    skipLink: '跳到正文',
    search: '搜索',
    searchPlaceholder: '搜索指南…',
    searchLabel: '搜索指南',
    searchShortcut: '按 / 或 Ctrl+K 搜索',
    searchNoResults: '没有找到结果',
    searchLoading: '正在加载搜索…',
    searchResultsCount: '{count} 条结果',
    searchUnavailable: '搜索暂不可用',
    searchClose: '关闭搜索',
    searchMore: '显示更多结果（还有 {count} 条）',
    searchOpenPage: '打开搜索页',
    searchPageTitle: '搜索',
    searchPageIntro: '在整本指南中搜索。',
    theme: '主题',
    themeAuto: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    menu: '目录',
    closeMenu: '关闭目录',
    sidebarLabel: '指南导航',
    tocTitle: '本页内容',
    breadcrumbLabel: '面包屑导航',
    home: '首页',
    previous: '上一页',
    next: '下一页',
    pagerLabel: '翻页',
    languageSwitch: '切换语言',
    sectionLink: '复制本节链接：',
    copied: '已复制',
    copyCode: '复制代码',
    copyFailed: '复制失败',
    notFoundTitle: '页面不存在',
    notFoundBody: '你要找的页面不存在，可能已被移动。可以从首页开始，或者搜索。',
    pythonNeeded: '本页代码需要 Python {version}+',
    exampleOutput: '输出',
    exampleBrowserOutput: '输出（在你的浏览器中运行，Pyodide）',
    exampleRequires: '需要 Python {version}+',
    exampleRanOn: '已在 CPython {version} 上运行',
    exampleRanOnPyodide: '已在 Pyodide（CPython {version}）中运行',
    exampleRunsInBrowser: '可在浏览器中运行',
    exampleNotRun: '未运行：{reason}',
    exampleNotRunOutput: '这个示例只做了编译检查，没有运行，所以没有输出。',
    exampleRun: '运行',
    exampleRunLabel: '在浏览器中运行 {file}',
    exampleStop: '停止',
    exampleEdit: '编辑代码',
    exampleReset: '重置',
    exampleCodeLabel: '{file} 的代码（可编辑）',
    exampleLoading: '正在下载 Python（Pyodide，约 {size} MB，只需下载一次）…',
    exampleRunning: '正在你的浏览器中运行（Pyodide，CPython {version}）…',
    exampleFinished: '运行结束，退出码 {code}。',
    exampleStopped: '已停止。',
    exampleFailed: '无法在浏览器中运行：{error}',
    cmpFilterLabel: '筛选表格',
    cmpFilterPlaceholder: '输入关键词，例如 redis、数据库',
    cmpFilterClear: '清除筛选',
    cmpCount: '显示 {shown} / {total} 行',
    cmpNoMatch: '没有与“{query}”匹配的行。',
    cmpRowLink: '本行链接：',
    cmpSortBy: '按“{column}”排序',
    cmpScrollHint: '表格较宽，可左右滚动查看其余列',
    cmpLibrariesCaption: '常用同步库与对应的异步库（2026 年现状）',
    cmpColDomain: '领域',
    cmpColSync: '同步库',
    cmpColAsync: '异步库',
    cmpColRecommendation: '推荐与理由',
    cmpGuideLabel: '本指南：',
    cmpColFeature: '对比项',
    cmpColFramework: '框架',
    cmpColServer: '接口与服务器',
    cmpColHttp2: 'HTTP/2',
    cmpColWebsocket: 'WebSocket',
    cmpColValidation: '数据校验',
    cmpColOpenapi: 'OpenAPI 文档',
    cmpColDi: '依赖注入',
    cmpColMaturity: '成熟度',
    cmpCatWeb: 'HTTP 与 Web',
    cmpCatDatabases: '数据库与存储',
    cmpCatMessaging: '消息与任务队列',
    cmpCatServices: '外部服务与协议',
    cmpCatSystem: '系统、文件与测试',
    cmpStatusStdlib: '标准库',
    cmpStatusMaintenance: '仅维护',
    cmpStatusDormant: '停滞',
    cmpStatusDeprecated: '已弃用',
    cmpStatusExperimental: '实验性',
    cmpSupportYes: '支持',
    cmpSupportPartial: '部分',
    cmpSupportNo: '不支持',
    cmpNote: '注意：',
    copyMarkdown: '复制为 Markdown',
    llmsNote: '每一页都有 Markdown 版本：把网址末尾的 / 换成 .md（语言首页是 /zh/index.md），示例程序和它们实际运行的输出都已内联。',
    viewMarkdown: 'Markdown 版本',
    pageActionsLabel: '本页操作',
    markdownSource: '网页版',
  },
  en: {
    siteTitle: 'Async Python Guide',
    siteTagline: 'A guide to asyncio and async Python where every example has really run',
    skipLink: 'Skip to content',
    search: 'Search',
    searchPlaceholder: 'Search the guide…',
    searchLabel: 'Search the guide',
    searchShortcut: 'Press / or Ctrl+K to search',
    searchNoResults: 'No results',
    searchLoading: 'Loading search…',
    searchResultsCount: '{count} results',
    searchUnavailable: 'Search is unavailable',
    searchClose: 'Close search',
    searchMore: 'Show more results ({count} more)',
    searchOpenPage: 'Open the search page',
    searchPageTitle: 'Search',
    searchPageIntro: 'Search the whole guide.',
    theme: 'Theme',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    menu: 'Menu',
    closeMenu: 'Close menu',
    sidebarLabel: 'Guide navigation',
    tocTitle: 'On this page',
    breadcrumbLabel: 'Breadcrumb',
    home: 'Home',
    previous: 'Previous',
    next: 'Next',
    pagerLabel: 'Pages',
    languageSwitch: 'Switch language',
    sectionLink: 'Copy link to section: ',
    copied: 'Copied',
    copyCode: 'Copy code',
    copyFailed: 'Copy failed',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you are looking for does not exist or has moved. Start from the home page, or search.',
    pythonNeeded: 'Code on this page needs Python {version}+',
    exampleOutput: 'Output',
    exampleBrowserOutput: 'Output (run in your browser, Pyodide)',
    exampleRequires: 'Python {version}+',
    exampleRanOn: 'ran on CPython {version}',
    exampleRanOnPyodide: 'ran in Pyodide (CPython {version})',
    exampleRunsInBrowser: 'runs in your browser',
    exampleNotRun: 'not run: {reason}',
    exampleNotRunOutput: 'This example is only compiled, not run, so there is no output.',
    exampleRun: 'Run',
    exampleRunLabel: 'Run {file} in your browser',
    exampleStop: 'Stop',
    exampleEdit: 'Edit code',
    exampleReset: 'Reset',
    exampleCodeLabel: 'Code of {file} (editable)',
    exampleLoading: 'Downloading Python (Pyodide, about {size} MB, only once)…',
    exampleRunning: 'Running in your browser (Pyodide, CPython {version})…',
    exampleFinished: 'Finished with exit code {code}.',
    exampleStopped: 'Stopped.',
    exampleFailed: 'Could not run in the browser: {error}',
    cmpFilterLabel: 'Filter the table',
    cmpFilterPlaceholder: 'Type to filter, e.g. redis, database',
    cmpFilterClear: 'Clear filter',
    cmpCount: 'Showing {shown} of {total} rows',
    cmpNoMatch: 'No rows match “{query}”.',
    cmpRowLink: 'Link to this row: ',
    cmpSortBy: 'Sort by “{column}”',
    cmpScrollHint: 'The table is wide: scroll sideways for the other columns',
    cmpLibrariesCaption: 'Common sync libraries and their async counterparts (as of 2026)',
    cmpColDomain: 'Domain',
    cmpColSync: 'Sync',
    cmpColAsync: 'Async',
    cmpColRecommendation: 'Our pick and why',
    cmpGuideLabel: 'In this guide: ',
    cmpColFeature: 'Aspect',
    cmpColFramework: 'Framework',
    cmpColServer: 'Interface and server',
    cmpColHttp2: 'HTTP/2',
    cmpColWebsocket: 'WebSocket',
    cmpColValidation: 'Validation',
    cmpColOpenapi: 'OpenAPI docs',
    cmpColDi: 'Dependency injection',
    cmpColMaturity: 'Maturity',
    cmpCatWeb: 'HTTP and web',
    cmpCatDatabases: 'Databases and storage',
    cmpCatMessaging: 'Messaging and task queues',
    cmpCatServices: 'Services and protocols',
    cmpCatSystem: 'System, files and testing',
    cmpStatusStdlib: 'standard library',
    cmpStatusMaintenance: 'maintenance only',
    cmpStatusDormant: 'dormant',
    cmpStatusDeprecated: 'deprecated',
    cmpStatusExperimental: 'experimental',
    cmpSupportYes: 'Yes',
    cmpSupportPartial: 'Partly',
    cmpSupportNo: 'No',
    cmpNote: 'Note: ',
    copyMarkdown: 'Copy as Markdown',
    llmsNote: 'Every page is also available as Markdown: replace the trailing / of its URL with .md (the language home is /en/index.md); example programs and the output they really printed are inlined.',
    viewMarkdown: 'View as Markdown',
    pageActionsLabel: 'Page actions',
    markdownSource: 'Web page',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type UiKey = keyof (typeof ui)['zh'];

/** Interface text in the given language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return ui[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
