/** The interface text of a timeline in one of the guide's languages, from src/i18n (typed UiStrings). */
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import type { TimelineLabels } from './text.ts';

/** Timeline labels for `lang`; placeholders such as `{file}` are left for the renderer to fill. */
export function timelineLabels(lang: Lang): TimelineLabels {
  return {
    title: t(lang, 'timelineTitle'),
    runTitle: t(lang, 'timelineRunTitle'),
    summary: t(lang, 'timelineSummary'),
    key: t(lang, 'timelineKey'),
    axis: t(lang, 'timelineAxis'),
    run: t(lang, 'timelineRun'),
    wait: t(lang, 'timelineWait'),
    ready: t(lang, 'timelineReady'),
    blocked: t(lang, 'timelineBlocked'),
    cancel: t(lang, 'timelineCancel'),
    timeout: t(lang, 'timelineTimeout'),
    error: t(lang, 'timelineError'),
    shield: t(lang, 'timelineShield'),
    eventCancel: t(lang, 'timelineEventCancel'),
    eventTimeout: t(lang, 'timelineEventTimeout'),
    eventError: t(lang, 'timelineEventError'),
    eventShield: t(lang, 'timelineEventShield'),
    textVersion: t(lang, 'diagramText'),
    colTask: t(lang, 'timelineColTask'),
    colStart: t(lang, 'timelineColStart'),
    colEnd: t(lang, 'timelineColEnd'),
    colOutcome: t(lang, 'timelineColOutcome'),
    colWaited: t(lang, 'timelineColWaited'),
    done: t(lang, 'timelineDone'),
    failed: t(lang, 'timelineFailed'),
    cancelled: t(lang, 'timelineCancelled'),
    pending: t(lang, 'timelinePending'),
  };
}
