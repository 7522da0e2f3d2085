/**
 * The browser bundle (webpack.config.js, production) builds without Node built-ins and
 * works in a context that only has browser globals: it reads a sample workbook from its
 * bytes and checks it exactly as the Node engine does.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { BrowserBuild, ROOT, browserEngine, nodeBuiltinModules } from './browser-build';
import { Sandbox, loadBundle } from './browser-sandbox';

const SAMPLE = join(ROOT, 'assets', 'samples', 'national-2024.xlsx');
/** Findings as plain data, so objects from the sandbox's realm compare with ours. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('nodeBuiltinModules (the detector the bundle test relies on)', () => {
  it('flags built-ins, externals, ignored modules and browser polyfills of built-ins', () => {
    const flagged = nodeBuiltinModules([
      { name: 'fs', identifier: 'fs' },
      { name: 'node:path', identifier: 'node:path' },
      { name: 'external "crypto"', identifier: 'external node-commonjs "crypto"' },
      { name: 'ignored|/work/main/src|os', identifier: 'ignored|/work/main/src|os' },
      { name: './node_modules/buffer/index.js', identifier: '/work/main/node_modules/buffer/index.js' },
      { name: './node_modules/path-browserify/index.js', identifier: '/work/main/node_modules/path-browserify/index.js' },
    ]);
    expect(flagged).toEqual([
      'fs',
      'node:path',
      'external "crypto"',
      'ignored|/work/main/src|os',
      './node_modules/buffer/index.js',
      './node_modules/path-browserify/index.js',
    ]);
  });

  it('leaves the engine, the ExcelJS browser build and webpack runtime helpers alone', () => {
    expect(
      nodeBuiltinModules([
        { name: './src/core/check.ts', identifier: '/work/main/node_modules/ts-loader/index.js!/work/main/src/core/check.ts' },
        { name: './node_modules/exceljs/dist/exceljs.min.js', identifier: '/work/main/node_modules/exceljs/dist/exceljs.min.js' },
        { name: 'webpack/runtime/global', identifier: 'webpack/runtime/global' },
        { name: './src/hosts/xlsx/path-utils.ts', identifier: '/work/main/src/hosts/xlsx/path-utils.ts' },
      ]),
    ).toEqual([]);
  });
});

describe('browser bundle', () => {
  let build: BrowserBuild;
  let sandbox: Sandbox;

  // The build is made once per run by test/global-setup.ts; this only reads it (the timeout
  // catches a hang, e.g. a build lock left behind, not a slow build).
  beforeAll(async () => {
    build = await browserEngine();
    sandbox = loadBundle(build.bundlePath);
  }, 120_000);

  it('builds', () => {
    expect(build.bytes).toBeGreaterThan(0);
  });

  it('bundles the engine and the ExcelJS browser build, and no Node built-in', () => {
    const names = build.modules.map((m) => m.name);
    expect(names).toContain('./src/core/check.ts');
    expect(names).toContain('./node_modules/exceljs/dist/exceljs.min.js');
    expect(names.filter((n) => /src\/hosts\/xlsx\/read-file\.ts|src\/cli\//.test(n))).toEqual([]);
    expect(nodeBuiltinModules(build.modules)).toEqual([]);
  });

  it('runs in a context without Node globals', () => {
    expect(sandbox.evaluate('[typeof require, typeof module, typeof process, typeof Buffer, typeof global]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
    expect(Object.keys(sandbox.engine).sort()).toEqual(['checkWorkbook', 'isBlocking', 'readWorkbookBuffer']);
  });

  it('reads and checks national-2024.xlsx from its bytes: nine schedules, no error', async () => {
    const source = await sandbox.engine.readWorkbookBuffer(sandbox.bytes(readFileSync(SAMPLE)), 'national-2024.xlsx');
    const report = sandbox.engine.checkWorkbook(source);
    expect(report.model.template).toBe('national');
    expect([...report.model.schedules.keys()].sort()).toEqual(['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09']);
    expect(report.findings.filter(sandbox.engine.isBlocking)).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(100);
  });

  it('finds exactly what the Node engine finds', async () => {
    const inBrowser = sandbox.engine.checkWorkbook(await sandbox.engine.readWorkbookBuffer(sandbox.bytes(readFileSync(SAMPLE)), SAMPLE));
    const inNode = checkWorkbook(await readWorkbookFile(SAMPLE));
    expect(plain(inBrowser.findings)).toEqual(plain(inNode.findings));
  });

  it('rejects a file that is not a workbook with the Chinese message naming it', async () => {
    const text = sandbox.bytes(new TextEncoder().encode('项目,金额\n合计,100\n'));
    const err = await sandbox.engine.readWorkbookBuffer(text, '决算.xlsx').then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toContain('文件“决算.xlsx”不是 .xlsx 工作簿');
    // Browser hosts tell a typed error from a defect by its name; minifying must keep it.
    expect(err?.name).toBe('WorkbookUnreadableError');
  });
});
