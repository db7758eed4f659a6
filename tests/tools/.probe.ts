import { loadExample, PyodideRunner, runCPython } from './examples-harness.ts';
const runner = new PyodideRunner();
for (const id of process.argv.slice(2)) {
  const ex = loadExample(id);
  for (let i = 0; i < 3; i++) {
    const p = await runner.run(ex);
    const c = await runCPython(ex);
    console.log(id, 'pyodide:', JSON.stringify(p.output.slice(0, 300)));
    console.log(id, 'cpython:', JSON.stringify(c.output.slice(0, 300)));
  }
}
await runner.close();
