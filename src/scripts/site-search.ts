import {
  cleanQuery,
  isSearchShortcut,
  moveActive,
  rankByTitle,
  safeExcerpt,
  searchPageSize,
  searchWithFallback,
  toSearchRows,
} from '../lib/search.ts';
import type { PagefindResultData, SearchRow } from '../lib/search.ts';
import { fill } from '../lib/format.ts';
import { loadPagefind } from './pagefind.ts';
import type { PagefindSearch } from './pagefind.ts';

/** True when the keyboard focus is in a place where `/` is text, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Starts loading Pagefind in the background; a failure shows up when the reader searches. */
function warmUp(): void {
  void loadPagefind().catch(() => undefined);
}

/** Pagefind waits this long after a keystroke before searching; it preloads the index chunks meanwhile. */
const debounceMs = 40;

/**
 * The search box. In `dialog` mode it lives in a modal opened from the header (combobox + listbox,
 * arrow keys move, Enter opens, Esc closes); in `page` mode it is the search page's form with links.
 * Results come a page at a time (`searchPageSize` pages of the site, each with its matching sections);
 * the last row, or a button on the search page, loads the next ones.
 */
class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #list!: HTMLElement;
  #status!: HTMLElement;
  #more!: HTMLElement;
  #dialog: HTMLDialogElement | null = null;
  #rows: SearchRow[] = [];
  #active = -1;
  #query = '';
  /** The words actually searched for (question words dropped, or a shorter fallback). */
  #terms = '';
  #search: PagefindSearch | null = null;
  #loaded: PagefindResultData[] = [];

  get #mode(): 'dialog' | 'page' {
    return this.dataset['mode'] === 'page' ? 'page' : 'dialog';
  }

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const list = this.querySelector<HTMLElement>('[data-results]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!input || !list || !status) return;
    // The search page has a button after the list; the dialog gets an option at the end of its listbox,
    // so the arrow keys reach it like any result.
    const more = this.querySelector<HTMLElement>('[data-more]') ?? this.#moreOption();
    this.#input = input;
    this.#list = list;
    this.#status = status;
    this.#more = more;
    this.#dialog = this.closest('dialog');
    input.addEventListener('input', () => void this.#run(input.value));
    input.addEventListener('focus', warmUp);
    more.addEventListener('click', (event) => {
      event.stopPropagation();
      void this.#loadMore();
    });
    if (this.#mode === 'dialog') this.#wireDialog();
    else this.#wirePage();
  }

  #wireDialog() {
    const dialog = this.#dialog;
    if (!dialog) return;
    const open = () => {
      if (!dialog.open) dialog.showModal();
      this.#input.focus();
      this.#input.select();
    };
    for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
      trigger.addEventListener('click', (event) => {
        event.preventDefault();
        open();
      });
      // Intent to search: start loading the index before the first keystroke.
      for (const type of ['pointerenter', 'focus', 'touchstart']) {
        trigger.addEventListener(type, warmUp, { once: true, passive: true });
      }
    }
    document.addEventListener('keydown', (event) => {
      if (dialog.open) return;
      const { key, ctrlKey, metaKey, altKey } = event;
      if (isSearchShortcut({ key, ctrlKey, metaKey, altKey, typing: isTyping(event.target) })) {
        event.preventDefault();
        warmUp();
        open();
      }
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (the dialog element itself, outside its panel) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    this.#input.addEventListener('keydown', (event) => this.#onKey(event, dialog));
    this.#list.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      const row = option ? this.#rows[Number(option.dataset['index'])] : undefined;
      if (row) location.assign(row.url);
    });
  }

  #moreOption(): HTMLElement {
    const option = document.createElement('li');
    option.className = 'search-more';
    option.id = `${this.id || 'search'}-more`;
    option.setAttribute('role', 'option');
    option.hidden = true;
    return option;
  }

  #onKey(event: KeyboardEvent, dialog: HTMLDialogElement) {
    const count = this.#rows.length + (this.#more.hidden ? 0 : 1);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#setActive(moveActive(this.#active, event.key === 'ArrowDown' ? 1 : -1, count));
    } else if (event.key === 'Escape') {
      // A search field's first Escape would only clear its text; here Escape always closes search.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'Enter') {
      if (this.#active === this.#rows.length && !this.#more.hidden) {
        event.preventDefault();
        void this.#loadMore();
        return;
      }
      const row = this.#rows[this.#active === -1 ? 0 : this.#active];
      if (row) {
        event.preventDefault();
        location.assign(row.url);
      }
    }
  }

  #wirePage() {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    this.#input.value = query;
    if (query) void this.#run(query);
    this.#input.addEventListener('input', () => {
      const url = new URL(location.href);
      if (this.#input.value) url.searchParams.set('q', this.#input.value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    });
  }

  async #run(raw: string) {
    const query = cleanQuery(raw);
    this.#query = query;
    this.#search = null;
    this.#loaded = [];
    if (!query) {
      this.#render();
      // Text with no letter or digit (punctuation only) finds nothing; an empty box says nothing.
      this.#setStatus(raw.trim() ? (this.dataset['noResultsText'] ?? '') : '');
      return;
    }
    let pagefind;
    try {
      if (!this.#rows.length) this.#setStatus(this.dataset['loadingText'] ?? '');
      pagefind = await loadPagefind();
    } catch {
      this.#unavailable();
      return;
    }
    let answer;
    try {
      answer = await searchWithFallback((terms) => pagefind.debouncedSearch(terms, {}, debounceMs), query);
    } catch {
      this.#unavailable();
      return;
    }
    // A newer query superseded this one while it was waiting.
    if (!answer || query !== this.#query) return;
    this.#search = answer.result;
    this.#terms = answer.query;
    await this.#loadMore();
  }

  /** Loads the data of the next `searchPageSize` results (each is a download of its own) and shows them. */
  async #loadMore() {
    const search = this.#search;
    const query = this.#query;
    if (!search) return;
    const start = this.#loaded.length;
    const firstNew = this.#rows.length;
    let data: PagefindResultData[];
    try {
      data = await Promise.all(search.results.slice(start, start + searchPageSize).map((result) => result.data()));
    } catch {
      this.#unavailable();
      return;
    }
    if (search !== this.#search || query !== this.#query) return;
    // The title and keywords reorder each batch; earlier batches stay where the reader saw them.
    this.#loaded = [...this.#loaded, ...rankByTitle(data, this.#terms)];
    this.#render();
    const total = search.results.length;
    this.#setStatus(
      total === 0
        ? (this.dataset['noResultsText'] ?? '')
        : fill(this.dataset['countText'] ?? '{count}', { count: total }),
    );
    if (start > 0) {
      if (this.#mode === 'dialog') this.#setActive(firstNew);
      else this.#list.querySelectorAll<HTMLAnchorElement>('a')[firstNew]?.focus();
    }
  }

  #unavailable() {
    this.#render();
    const link = document.createElement('a');
    link.href = this.dataset['searchPage'] ?? '/';
    link.textContent = this.dataset['searchPageText'] ?? '';
    this.#status.replaceChildren(`${this.dataset['unavailableText'] ?? ''} `, link);
  }

  #setStatus(text: string) {
    this.#status.textContent = text;
  }

  #render() {
    const rows = toSearchRows(this.#loaded, this.#query);
    this.#rows = rows;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    const dialogMode = this.#mode === 'dialog';
    // Only the dialog's field is a combobox; the search page's is a plain search box.
    if (dialogMode) this.#input.setAttribute('aria-expanded', String(rows.length > 0));
    this.#list.replaceChildren(...rows.map((row, index) => this.#item(row, index, dialogMode)));
    if (dialogMode) this.#list.append(this.#more);
    const left = (this.#search?.results.length ?? 0) - this.#loaded.length;
    this.#more.hidden = left <= 0;
    this.#more.textContent = fill(this.dataset['moreText'] ?? '{count}', { count: Math.max(0, left) });
    if (dialogMode) this.#more.setAttribute('aria-selected', 'false');
  }

  #item(row: SearchRow, index: number, dialogMode: boolean): HTMLElement {
    const item = document.createElement('li');
    item.className = `search-row search-row--${row.kind}`;
    item.dataset['index'] = String(index);
    const title = document.createElement(dialogMode ? 'span' : 'a');
    title.className = 'search-row-title';
    title.textContent = row.title;
    if (title instanceof HTMLAnchorElement) title.href = row.url;
    const excerpt = document.createElement('span');
    excerpt.className = 'search-row-excerpt';
    excerpt.innerHTML = safeExcerpt(row.excerpt);
    item.append(title, excerpt);
    if (dialogMode) {
      item.id = `${this.id || 'search'}-option-${index}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
    }
    return item;
  }

  #setActive(index: number) {
    const options = [...this.#list.querySelectorAll<HTMLElement>('.search-row[role="option"]')];
    if (!this.#more.hidden) options.push(this.#more);
    options.forEach((option, optionIndex) => option.setAttribute('aria-selected', String(optionIndex === index)));
    this.#active = index;
    const active = options[index];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }
}

customElements.define('site-search', SiteSearch);
