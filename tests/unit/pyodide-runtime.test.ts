import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PyodideAPI } from 'pyodide';
import {
  preloadedModules,
  preparePyodide,
  resumePyodide,
  snapshotOptions,
} from '../../src/lib/examples/pyodide-runtime.ts';

/** A stand-in for Pyodide that records what the runtime asks of it. */
function fakePyodide() {
  const calls: string[] = [];
  let registered: unknown;
  const fake = {
    registerJsModule: (name: string, module: unknown) => {
      registered = module;
      calls.push(`register ${name}`);
    },
    setStdin: () => calls.push('stdin'),
    runPython: (code: string) => calls.push(`python ${code}`),
    runPythonAsync: async (code: string) => void calls.push(`async ${code}`),
  };
  return { pyodide: fake as unknown as PyodideAPI, calls, registered: () => registered };
}

describe('pyodide runtime', () => {
  it('imports the preloaded modules before the runtime records its baseline of loaded modules', async () => {
    const { pyodide, calls } = fakePyodide();
    await preparePyodide(pyodide, 'RUNTIME');
    const imports = calls.findIndex((call) => call.startsWith('python import asyncio'));
    assert.ok(imports >= 0, calls.join('\n'));
    assert.ok(imports < calls.indexOf('async RUNTIME'), calls.join('\n'));
    for (const module of preloadedModules) assert.match(calls[imports] ?? '', new RegExp(`\\b${module}\\b`));
  });

  it('names the runtime module in a snapshot and restores the same object', async () => {
    const { pyodide, registered } = fakePyodide();
    await preparePyodide(pyodide, '');
    const serialized = snapshotOptions.serializer(registered());
    assert.deepEqual(JSON.parse(JSON.stringify(serialized)), { guideRuntime: true });
    assert.equal(snapshotOptions.deserializer(serialized), registered());
  });

  it('refuses to snapshot or restore any other JavaScript object', () => {
    assert.throws(() => snapshotOptions.serializer({}), /cannot serialize/);
    assert.throws(() => snapshotOptions.deserializer({ other: 1 }), /unknown object/);
  });

  it('reseeds random after a restore, so readers do not share one sequence', () => {
    const { pyodide, calls } = fakePyodide();
    resumePyodide(pyodide);
    assert.ok(calls.includes('python import random; random.seed()'), calls.join('\n'));
    assert.ok(calls.includes('stdin'));
  });
});
