/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook, loaded with node -r */
// ts-node is not installed: this require hook compiles the project's .ts files with its own TypeScript, so a test
// can run src/index.ts in a child process (`node -r test/server/ts-hook.js src/index.ts`) without a build.
const ts = require('typescript');
const fs = require('fs');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};
