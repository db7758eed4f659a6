/** Output normalisation shared by the harness, the tests and the browser runner. */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Makes captured output independent of the machine and the runner:
 * line endings become \n, and the absolute directory the example ran in (`/work/.../event-loop/`,
 * Pyodide's `/home/pyodide/`) is removed, so `"/abs/dir/name.py", line 3` reads `"name.py", line 3`
 * in CPython and Pyodide alike.
 */
export function normaliseOutput(text: string, runDirs: readonly string[] = []): string {
  let out = text.replace(/\r\n?/g, '\n');
  for (const dir of runDirs) {
    if (!dir) continue;
    const withSlash = dir.endsWith('/') ? dir : `${dir}/`;
    out = out.replace(new RegExp(escapeRegExp(withSlash), 'g'), '');
  }
  return out;
}
