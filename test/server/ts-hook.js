/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook, loaded with node -r */
/* global __filename, process -- CommonJS and Node globals */
// ts-node is not installed: this require hook compiles the project's .ts files with its own TypeScript, so a test
// can run src/index.ts in a child process (`node -r test/server/ts-hook.js src/index.ts`) without a build.
// Each file's output is kept in the OS temp folder by a hash of its source and of this hook, so a child starts
// without loading TypeScript or compiling anything once its files have been seen (seconds per child before).
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const CACHE = path.join(os.tmpdir(), 'pcbot-ts-hook');
const HOOK = crypto.createHash('sha1').update(fs.readFileSync(__filename)).digest('hex').slice(0, 8);
let ts;

function compile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(HOOK).update(filename).update(source).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = compile(source, filename);
    // Written under a unique name, then renamed: children starting at once never read half a file.
    fs.mkdirSync(CACHE, { recursive: true });
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, filename);
};
