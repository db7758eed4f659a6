import {
  matchesQuery,
  nextSort,
  parseSortValue,
  readFilterParam,
  sortRows,
  withFilterParam,
} from '../../lib/comparison/table-logic.ts';
import type { SortDirection } from '../../lib/comparison/table-logic.ts';
import { fill } from '../../lib/format.ts';

/**
 * Progressive enhancement of <ComparisonTable>: the static table stays as it is, this adds a filter
 * box (kept in `?filter=`), sort buttons in the column headers (with aria-sort) and a live count.
 */
class ComparisonTableElement extends HTMLElement {
  #table!: HTMLTableElement;
  #rows: HTMLTableRowElement[] = [];
  #input!: HTMLInputElement;
  #count!: HTMLElement;
  #empty!: HTMLElement;
  #sort: { column: string; direction: SortDirection } | undefined;
  /** Each body's rows in their original (data file) order, for the third click on a header. */
  #original = new Map<HTMLTableSectionElement, HTMLTableRowElement[]>();

  connectedCallback() {
    if (this.hasAttribute('data-enhanced')) return;
    const table = this.querySelector<HTMLTableElement>('table');
    const input = this.querySelector<HTMLInputElement>('.cmp-filter');
    const count = this.querySelector<HTMLElement>('.cmp-count');
    const empty = this.querySelector<HTMLElement>('.cmp-empty');
    const controls = this.querySelector<HTMLElement>('.cmp-controls');
    if (!table || !input || !count || !empty || !controls) return;
    this.#table = table;
    this.#input = input;
    this.#count = count;
    this.#empty = empty;
    this.#rows = [...table.querySelectorAll<HTMLTableRowElement>('tr.cmp-row')];
    for (const body of table.tBodies)
      this.#original.set(body, [...body.querySelectorAll<HTMLTableRowElement>('tr.cmp-row')]);

    for (const th of table.querySelectorAll<HTMLTableCellElement>('thead th[data-sortable]')) {
      const column = th.dataset['column'];
      if (!column) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cmp-sort';
      button.title = fill(this.dataset['sortTemplate'] ?? '{column}', { column: th.textContent?.trim() ?? column });
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => this.#sortBy(column));
    }

    controls.hidden = false;
    input.value = readFilterParam(location.search);
    input.addEventListener('input', () => this.#applyFilter(true));
    this.setAttribute('data-enhanced', '');
    this.#applyFilter(false);
    this.#revealTarget();
    window.addEventListener('hashchange', () => this.#revealTarget());

    // Say so when the table is wider than its box (the edge shadows show it too).
    const hint = this.querySelector<HTMLElement>('.cmp-scroll-hint');
    const scroller = this.querySelector<HTMLElement>('.cmp-scroll');
    if (hint && scroller && 'ResizeObserver' in window) {
      new ResizeObserver(() => {
        hint.hidden = scroller.scrollWidth <= scroller.clientWidth + 1;
      }).observe(scroller);
    }
  }

  /** Hides the rows that do not match, updates the count, and keeps the filter in the URL. */
  #applyFilter(updateUrl: boolean) {
    const query = this.#input.value;
    let shown = 0;
    for (const row of this.#rows) {
      const match = matchesQuery(row.dataset['search'] ?? row.textContent ?? '', query);
      row.hidden = !match;
      if (match) shown++;
    }
    for (const body of this.#table.tBodies) {
      body.hidden = ![...body.rows].some((row) => row.classList.contains('cmp-row') && !row.hidden);
    }
    const total = this.#rows.length;
    const noMatch = shown === 0 && query.trim() !== '';
    const countText = fill(this.dataset['countTemplate'] ?? '{shown}/{total}', { shown, total });
    this.#count.textContent = noMatch
      ? `${countText} ${fill(this.dataset['noMatchTemplate'] ?? '', { query: query.trim() })}`
      : countText;
    this.#empty.hidden = !noMatch;
    this.#empty.textContent = noMatch ? fill(this.dataset['noMatchTemplate'] ?? '', { query: query.trim() }) : '';
    if (updateUrl) history.replaceState(history.state, '', withFilterParam(location.href, query));
  }

  /** Header click: ascending, then descending, then the data file's order again. */
  #sortBy(column: string) {
    this.#sort = nextSort(this.#sort, column);
    const collator = new Intl.Collator(this.dataset['lang'] === 'zh' ? 'zh-CN' : 'en', {
      numeric: true,
      sensitivity: 'base',
    });
    for (const [body, original] of this.#original) {
      const rows = this.#sort
        ? sortRows(
            original,
            (row) => {
              const cell = row.querySelector<HTMLElement>(`[data-column="${column}"]`);
              return parseSortValue(cell?.dataset['sort'] ?? cell?.textContent?.trim() ?? '');
            },
            this.#sort.direction,
            collator,
          )
        : original;
      body.append(...rows);
    }
    for (const th of this.#table.querySelectorAll<HTMLTableCellElement>('thead th')) {
      if (this.#sort && th.dataset['column'] === this.#sort.column) th.setAttribute('aria-sort', this.#sort.direction);
      else th.removeAttribute('aria-sort');
    }
  }

  /** A link to a row (`#redis`) that the current filter hides clears the filter, then shows the row. */
  #revealTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const row = this.#rows.find((candidate) => candidate.id === id);
    if (!row || !row.hidden) return;
    this.#input.value = '';
    this.#applyFilter(true);
    row.scrollIntoView({ block: 'start' });
  }
}

if (!customElements.get('comparison-table')) customElements.define('comparison-table', ComparisonTableElement);
