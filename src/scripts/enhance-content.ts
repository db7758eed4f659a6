/** Copies text to the clipboard; resolves false where the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows a short confirmation on a control, then removes it. */
function flash(element: HTMLElement, attribute: string, text: string): void {
  element.setAttribute(attribute, text);
  setTimeout(() => element.removeAttribute(attribute), 1500);
}

/**
 * Adds what only works with JavaScript to rendered content: a copy button on code blocks, and
 * copying a section's URL when its heading link is clicked (the link still navigates as usual).
 */
export function enhanceContent(root: Element | null): void {
  if (!root) return;
  // Labels come from the page (data-* props) so the script carries no dictionary of its own.
  const data = (root as HTMLElement).dataset;
  const labels = {
    copy: data['copyLabel'] ?? 'Copy',
    copied: data['copiedLabel'] ?? 'Copied',
    failed: data['copyFailedLabel'] ?? 'Copy failed',
  };

  for (const pre of root.querySelectorAll<HTMLPreElement>('pre:not([data-no-copy])')) {
    if (pre.parentElement?.classList.contains('code-block')) continue;
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = labels.copy;
    button.addEventListener('click', async () => {
      const ok = await copyText(pre.querySelector('code')?.textContent ?? pre.textContent ?? '');
      button.textContent = ok ? labels.copied : labels.failed;
      setTimeout(() => (button.textContent = labels.copy), 1500);
    });
    wrapper.append(button);
  }

  root.addEventListener('click', async (event) => {
    const anchor = (event.target as Element).closest<HTMLAnchorElement>('a.heading-anchor');
    if (!anchor) return;
    const url = new URL(anchor.hash, location.href);
    url.search = '';
    if (await copyText(url.href)) flash(anchor, 'data-copied', labels.copied);
  });
}
