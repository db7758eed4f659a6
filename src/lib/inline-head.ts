import { createHash } from 'node:crypto';

/**
 * The only two inline snippets of the site, kept here so the Content-Security-Policy can allow them
 * by hash. Both must run before the first paint, so they cannot be external files.
 */

/**
 * The cascade order, declared before any stylesheet: page content (prose typography) comes before
 * components, so a component's own rules win over article typography by layer alone, as in Starlight's
 * `layers.css`.
 */
export const layerOrderStyle = '@layer reset, tokens, base, layout, content, components, utilities, print;';

/** Applies the saved theme before the first paint (no flash) and marks that JavaScript runs. */
export const themeScript =
  "(function(){var r=document.documentElement;r.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')r.dataset.theme=t}catch(e){}})();";

/** The CSP source expression (`sha256-…`) that allows an inline snippet. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
