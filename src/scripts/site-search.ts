import { isSearchShortcut, moveActive, rankByTitle, safeExcerpt, toSearchRows } from '../lib/search.ts';
import type { SearchRow } from '../lib/search.ts';
import { loadPagefind } from './pagefind.ts';

/** True when the keyboard focus is in a place where `/` is text, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The search box. In `dialog` mode it lives in a modal opened from the header (combobox + listbox,
 * arrow keys move, Enter opens, Esc closes); in `page` mode it is the search page's form with links.
 */
class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #list!: HTMLElement;
  #status!: HTMLElement;
  #dialog: HTMLDialogElement | null = null;
  #rows: SearchRow[] = [];
  #active = -1;
  #query = '';

  get #mode(): 'dialog' | 'page' {
    return this.dataset['mode'] === 'page' ? 'page' : 'dialog';
  }

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const list = this.querySelector<HTMLElement>('[data-results]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!input || !list || !status) return;
    this.#input = input;
    this.#list = list;
    this.#status = status;
    this.#dialog = this.closest('dialog');
    input.addEventListener('input', () => void this.#search(input.value));
    input.addEventListener('focus', () => void loadPagefind().catch(() => undefined));
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
      for (const type of ['pointerenter', 'focus']) {
        trigger.addEventListener(type, () => void loadPagefind().catch(() => undefined), { once: true });
      }
    }
    document.addEventListener('keydown', (event) => {
      if (dialog.open) return;
      if (isSearchShortcut({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTyping(event.target) })) {
        event.preventDefault();
        open();
      }
    });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (the dialog element itself, outside its panel) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.#setActive(moveActive(this.#active, event.key === 'ArrowDown' ? 1 : -1, this.#rows.length));
      } else if (event.key === 'Escape') {
        // A search field's first Escape would only clear its text; here Escape always closes search.
        event.preventDefault();
        dialog.close();
      } else if (event.key === 'Enter') {
        const row = this.#rows[this.#active === -1 ? 0 : this.#active];
        if (row) {
          event.preventDefault();
          location.assign(row.url);
        }
      }
    });
    this.#list.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
      const row = option ? this.#rows[Number(option.dataset['index'])] : undefined;
      if (row) location.assign(row.url);
    });
  }

  #wirePage() {
    const query = new URLSearchParams(location.search).get('q') ?? '';
    this.#input.value = query;
    if (query) void this.#search(query);
    this.#input.addEventListener('input', () => {
      const url = new URL(location.href);
      if (this.#input.value) url.searchParams.set('q', this.#input.value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    });
  }

  async #search(query: string) {
    this.#query = query;
    if (!query.trim()) {
      this.#render([]);
      this.#status.textContent = '';
      return;
    }
    let pagefind;
    try {
      this.#status.textContent = this.dataset['loadingText'] ?? '';
      pagefind = await loadPagefind();
    } catch {
      this.#status.textContent = this.dataset['unavailableText'] ?? '';
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 80);
    // A newer query superseded this one while it was waiting.
    if (!search || query !== this.#query) return;
    // Each result's data is a download of its own, so only the results shown are loaded.
    const data = await Promise.all(search.results.slice(0, 8).map((result) => result.data()));
    if (query !== this.#query) return;
    const rows = toSearchRows(rankByTitle(data, query), query);
    this.#render(rows);
    const pages = rows.filter((row) => row.kind === 'page').length;
    this.#status.textContent = pages === 0
      ? (this.dataset['noResultsText'] ?? '')
      : (this.dataset['countText'] ?? '{count}').replace('{count}', String(pages));
  }

  #render(rows: SearchRow[]) {
    this.#rows = rows;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    const dialogMode = this.#mode === 'dialog';
    this.#input.setAttribute('aria-expanded', String(dialogMode && rows.length > 0));
    this.#list.replaceChildren(
      ...rows.map((row, index) => {
        const item = document.createElement('li');
        item.className = `search-row ${row.kind}`;
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
      }),
    );
  }

  #setActive(index: number) {
    const options = this.#list.querySelectorAll<HTMLElement>('[role="option"]');
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
