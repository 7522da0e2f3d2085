/**
 * Every script of the production build parses in an ES2017 engine (acorn, ecmaVersion 2017,
 * which also checks regular expression literals: no lookbehind, no \p{…}): what EdgeHTML and
 * Safari before 16.4 can parse (webpack.config.js, SYNTAX_TARGET).
 */
import { parse } from 'acorn';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { ProductionBuild, productionBuild } from '../e2e/production-build';

function scripts(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) scripts(path, out);
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

describe('the production build on old webviews', () => {
  let build: ProductionBuild;
  // The build is made once per run by test/global-setup.ts; the timeout catches a hang.
  beforeAll(async () => {
    build = await productionBuild();
  }, 120_000);

  it('parses as ES2017, every page and chunk', () => {
    const files = scripts(build.dir);
    expect(files.map((f) => relative(build.dir, f))).toEqual(expect.arrayContaining(['taskpane.js', 'commands.js', 'preview.js', 'engine.js']));
    const failures: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      try {
        parse(code, { ecmaVersion: 2017, sourceType: 'script' });
      } catch (err) {
        const pos = (err as { pos?: number }).pos ?? 0;
        failures.push(`${relative(build.dir, file)}: ${(err as Error).message} near ${JSON.stringify(code.slice(Math.max(0, pos - 40), pos + 40))}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('rejects what an ES2017 engine rejects (the check can fail)', () => {
    expect(() => parse('const a = b?.c ?? { ...d };', { ecmaVersion: 2017 })).toThrow();
    expect(() => parse('const a = /(?<=x)y/;', { ecmaVersion: 2017 })).toThrow();
    expect(() => parse('const a = async () => { await b; };', { ecmaVersion: 2017 })).not.toThrow();
  });
});
