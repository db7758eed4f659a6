/**
 * npm run setup:python [-- --upgrade]
 *
 * Builds one virtual environment per CPython version the examples run on (.venvs/py3.11, py3.12,
 * py3.13) from python/requirements.lock, with hashes checked. It gets uv itself, pinned, into
 * .venvs/tools; nothing is installed by hand. A venv whose lock and interpreter did not change is
 * left alone, so a second run takes well under a second.
 * --upgrade first recompiles the lock from python/requirements.in at the newest releases on PyPI.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  findBasePython,
  inputPath,
  lockPath,
  pythonVersion,
  repoRoot,
  venvPython,
  venvsDir,
  wantedPythons,
} from './examples/pythons.ts';

/** uv, pinned: the tool that compiles the lock and installs it. */
const uvVersion = '0.13.9';
const toolsDir = join(venvsDir, 'tools');
const uv = join(toolsDir, 'bin/uv');

function sh(command: string, args: string[], quiet = false): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0) {
    const detail = quiet ? `\n${result.stdout ?? ''}${result.stderr ?? ''}` : '';
    throw new Error(`${command} ${args.join(' ')} failed (status ${result.status})${detail}`);
  }
}

const started = performance.now();
const bases = new Map(wantedPythons.map((minor) => [minor, findBasePython(minor)]));
const missing = [...bases].filter(([, path]) => !path).map(([minor]) => minor);
if (missing.length > 0) {
  console.error(
    `CPython ${missing.join(', ')} not found (looked in ${process.env['PYENV_ROOT'] ?? '~/.pyenv'}/versions and for ` +
      `python3.X on PATH). Install them, e.g. \`pyenv install ${missing.join(' ')}\`; examples run only on the versions found.`,
  );
}
const newest = [...bases.values()].filter((path): path is string => Boolean(path)).at(-1);
if (!newest) {
  console.error('No CPython 3.11+ found: cannot build the example environments.');
  process.exit(1);
}

if (!existsSync(uv) || !spawnSync(uv, ['--version'], { encoding: 'utf8' }).stdout?.includes(uvVersion)) {
  console.log(`Installing uv ${uvVersion} into ${relative(repoRoot, toolsDir)}`);
  rmSync(toolsDir, { recursive: true, force: true });
  sh(newest, ['-m', 'venv', toolsDir]);
  sh(join(toolsDir, 'bin/pip'), ['install', '--quiet', '--disable-pip-version-check', `uv==${uvVersion}`]);
}

if (process.argv.includes('--upgrade') || !existsSync(lockPath)) {
  console.log(`Compiling ${relative(repoRoot, lockPath)} from ${relative(repoRoot, inputPath)}`);
  sh(uv, [
    'pip',
    'compile',
    relative(repoRoot, inputPath),
    '--universal',
    '--python-version',
    wantedPythons[0],
    '--generate-hashes',
    '--upgrade',
    '--quiet',
    '--custom-compile-command',
    'npm run setup:python -- --upgrade',
    '-o',
    relative(repoRoot, lockPath),
  ]);
}
const lock = readFileSync(lockPath, 'utf8');

for (const [minor, base] of bases) {
  if (!base) continue;
  const venv = join(venvsDir, `py${minor}`);
  const stampPath = join(venv, '.guide-stamp');
  const stamp = createHash('sha256')
    .update(`${uvVersion}\n${pythonVersion(base)}\n${lock}`)
    .digest('hex');
  if (existsSync(venvPython(minor)) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) {
    console.log(`✓ ${relative(repoRoot, venv)} (CPython ${pythonVersion(base)}) is up to date`);
    continue;
  }
  console.log(`Building ${relative(repoRoot, venv)} with CPython ${pythonVersion(base)} (${base})`);
  // A venv made from another patch release (or another interpreter) is rebuilt from scratch.
  if (existsSync(venvPython(minor)) && pythonVersion(venvPython(minor)) !== pythonVersion(base)) {
    rmSync(venv, { recursive: true, force: true });
  }
  if (!existsSync(venvPython(minor))) sh(uv, ['venv', '--quiet', '--python', base, venv]);
  sh(uv, ['pip', 'sync', '--quiet', '--require-hashes', '--python', venvPython(minor), relative(repoRoot, lockPath)]);
  writeFileSync(stampPath, stamp);
}
console.log(`setup:python done in ${((performance.now() - started) / 1000).toFixed(1)}s`);
