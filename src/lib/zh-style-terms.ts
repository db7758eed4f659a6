/**
 * The Chinese style sheet's term list: one preferred form per concept and the variants that are banned in
 * zh prose. docs/style-zh.md shows this table; tests/unit/zh-style.test.ts keeps the two in step, and
 * tests/site/zh-style.test.ts checks every zh page against it.
 */
export interface StyleTerm {
  /** The concept, in English, as the style sheet names it. */
  concept: string;
  /** The form to write in zh prose. */
  preferred: string;
  /** The glossary entry (same id in zh and en) that defines the term; notation rules have none. */
  glossaryId?: string;
  /** Banned variants, matched in prose with code, URLs and frontmatter removed. */
  banned: BannedVariant[];
}

/** One banned variant; a match that lies inside one of the `except` phrases is allowed. */
export interface BannedVariant {
  pattern: RegExp;
  label: string;
  except?: string[];
}

/**
 * Bare 循环 is allowed only inside these fixed phrases, which name an ordinary loop; everywhere else the
 * text says 事件循环. A machine cannot tell the two meanings apart, so the style sheet fixes the phrases.
 */
export const ORDINARY_LOOP_PHRASES = [
  'for 循环',
  'while 循环',
  '循环体',
  '重试循环',
  '读取循环',
  '读循环',
  '消费循环',
  '订阅循环',
  '无限循环',
  '死循环',
  '计算循环',
  '顺序循环',
  '轮询循环',
  'Python 循环',
];

export const STYLE_TERMS: StyleTerm[] = [
  {
    concept: 'worker (a coroutine or thread that takes jobs from a queue)',
    preferred: 'worker',
    glossaryId: 'worker',
    banned: [
      { pattern: /工作协程/g, label: '工作协程' },
      { pattern: /工作者/g, label: '工作者' },
    ],
  },
  {
    concept: 'event loop',
    preferred: '事件循环',
    glossaryId: 'event-loop',
    banned: [{ pattern: /(?<!事件)循环/g, label: '循环 (bare)', except: ORDINARY_LOOP_PHRASES }],
  },
  {
    concept: 'socket',
    preferred: '套接字',
    glossaryId: 'socket',
    banned: [
      {
        pattern: /(?<![A-Za-z])[Ss]ocket(?![A-Za-z.])/g,
        label: 'socket (outside code font)',
        except: ['套接字（socket）'],
      },
    ],
  },
  {
    concept: 'FastAPI / web handler (the function a route calls)',
    preferred: '路由函数',
    glossaryId: 'route-function',
    banned: [
      { pattern: /端点/g, label: '端点', except: ['WebSocket 端点', '批量端点', 'UDP 端点', '数据报端点'] },
      { pattern: /接口函数/g, label: '接口函数' },
    ],
  },
  {
    concept: 'handler (a function called back for an event)',
    preferred: '处理函数',
    glossaryId: 'callback',
    banned: [{ pattern: /处理器/g, label: '处理器', except: ['日志处理器'] }],
  },
  {
    concept: 'eager task',
    preferred: '急切任务',
    glossaryId: 'eager-task',
    banned: [
      { pattern: /eager task(?! factory)/gi, label: 'eager task', except: ['急切任务（eager task）'] },
      { pattern: /立即执行的任务/g, label: '立即执行的任务' },
    ],
  },
  {
    concept: 'producer-consumer',
    preferred: '生产者-消费者',
    glossaryId: 'producer-consumer',
    banned: [{ pattern: /生产者\s*[—–/／－]+\s*消费者/g, label: '生产者—消费者 / 生产者–消费者 / 生产者/消费者' }],
  },
  {
    concept: 'example',
    preferred: '示例',
    banned: [{ pattern: /例子/g, label: '例子', except: ['举个例子'] }],
  },
  {
    concept: 'graceful shutdown',
    preferred: '优雅关闭',
    glossaryId: 'graceful-shutdown',
    banned: [{ pattern: /体面地?(?:退出|关闭)|优雅退出|平滑关闭/g, label: '体面地退出 / 优雅退出 / 平滑关闭' }],
  },
  {
    concept: 'thread-local',
    preferred: '线程局部变量',
    glossaryId: 'context-variable',
    banned: [{ pattern: /thread-local/gi, label: 'thread-local' }],
  },
  {
    concept: 'synchronization primitive (Lock, Event, Condition, Semaphore, Barrier)',
    preferred: '同步原语',
    glossaryId: 'sync-primitive',
    banned: [{ pattern: /同步原件|同步基元/g, label: '同步原件 / 同步基元' }],
  },
  {
    concept: 'lifespan (an ASGI application’s startup and shutdown)',
    preferred: 'lifespan',
    glossaryId: 'lifespan',
    banned: [{ pattern: /生命周期钩子|生存期/g, label: '生命周期钩子 / 生存期' }],
  },
  {
    concept: 'callback',
    preferred: '回调',
    glossaryId: 'callback',
    banned: [],
  },
  {
    concept: 'idempotent',
    preferred: '幂等',
    glossaryId: 'idempotent',
    banned: [{ pattern: /等幂/g, label: '等幂' }],
  },
  {
    concept: 'dash',
    preferred: '——',
    banned: [
      {
        pattern: /(?<=[\u4e00-\u9fff，。])\s?[—–](?!—)\s?(?=[\u4e00-\u9fff])/g,
        label: 'single — or – between Chinese',
        except: ['生产者—消费者', '生产者–消费者'],
      },
    ],
  },
  {
    concept: 'version notation',
    preferred: 'Python 3.11 起',
    banned: [
      { pattern: /(?<![\w.])3\.\d+\+/g, label: '3.11+ in prose' },
      { pattern: /从\s*(?:Python\s*)?3\.\d+\s*(?:版本)?起/g, label: '从 3.11 起' },
      { pattern: /(?:≥|>=)\s*(?:Python\s*)?3\.\d+/g, label: '≥ 3.11' },
      { pattern: /3\.\d+\s*(?:版本)?及以上/g, label: '3.11 及以上' },
      {
        pattern: /3\.\d+\s*起?\s*<Since|<Since\s*\/>\s*(?:Python\s*)?3\.\d+/g,
        label: 'version written next to <Since>',
      },
    ],
  },
  {
    concept: 'ellipsis',
    preferred: '……',
    banned: [{ pattern: /(?<!…)…(?!…)/g, label: 'single …' }],
  },
];
