/**
 * content/examples/manifest.json, written by `npm run examples`: for each example, what produced its
 * committed `.out` (the page badge says so), the library versions it ran with, and the hashes that
 * decide whether a recorded run can be reused.
 */

export interface ManifestEntry {
  /** `cpython` (the project's venvs), `pyodide` (examples newer than them), `none` (not-run: compiled only). */
  runner: 'cpython' | 'pyodide' | 'none';
  /** Full version of the newest runner that printed the committed output, e.g. "3.13.0"; absent for `none`. */
  python?: string;
  /** Every version that ran it and printed the committed output (or its variant), oldest first. */
  pythons?: string[];
  /** Locked versions of the packages the header names, e.g. { "fastapi": "0.165.0" }. */
  packages?: Record<string, string>;
  /**
   * Output on an older minor version when it differs from the committed one, e.g. { "3.11": "..." }.
   * The page shows the lines that differ.
   */
  variants?: Record<string, string>;
  /** First 16 hex digits of the SHA-256 of the source that produced the output. */
  sha256: string;
  /** Hash of source, lock and runner versions: an unchanged key means the recorded run still holds. */
  key?: string;
}

export interface Manifest {
  examples: Record<string, ManifestEntry>;
}
