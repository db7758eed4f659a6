/**
 * content/examples/manifest.json, written by `npm run examples`: for each example, which runner
 * produced its committed `.out` (the page badge says so) and a hash of the source it ran.
 */

export interface ManifestEntry {
  /** `cpython` (the Debian CPython), `pyodide` (for examples newer than it), `none` (not-run: compiled only). */
  runner: 'cpython' | 'pyodide' | 'none';
  /** Full Python version of the runner, e.g. "3.11.2"; absent for `none`. */
  python?: string;
  /** First 16 hex digits of the SHA-256 of the source that produced the output. */
  sha256: string;
}

export interface Manifest {
  examples: Record<string, ManifestEntry>;
}
