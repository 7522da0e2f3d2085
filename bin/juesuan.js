#!/usr/bin/env node
// Entry point of the `juesuan` command. The TypeScript sources are compiled to dist/ by
// `npm ci` (the package's prepare script); run `npm run build:cli` after editing src/.
'use strict';
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('juesuan: 尚未编译命令行程序，请先运行 npm ci 或 npm run build:cli。\n');
  process.exit(2);
}
// A reader that stops early (`juesuan check … --json | head`) closes the pipe: stop there
// quietly, as other commands do, instead of a stack trace on an unhandled 'error' event.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode === undefined ? 0 : process.exitCode);
    throw err;
  });
}
// V8 tuned for the command before anything else is loaded (dist/cli/v8-budget.js says why).
require(path.join(__dirname, '..', 'dist', 'cli', 'v8-budget.js')).tuneV8ForCommand(process.argv.slice(2));
require(main).run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`juesuan: 内部错误：${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
