/**
 * The local manifest check (`npm run validate`): manifest.xml is well-formed, its elements
 * come in the order the schema requires, the required ones are there, every URL has the
 * same origin, and every file it names is in the production build.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ProductionBuild, ROOT, productionBuild } from '../e2e/production-build';
import { XmlElement, allElements, child, parseXml } from './xml';

const SOURCE = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const DEV_ORIGIN = 'https://localhost:3000';

/** Child order the schemas (TaskPaneApp 1.1, VersionOverrides 1.0) require, for the elements used. */
const ORDER: Record<string, string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'EquivalentAddins', 'VersionOverrides'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Action: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];

/** Where a list of child names breaks `order` (an unknown name or one out of place), or null. */
function orderProblem(names: string[], order: string[]): string | null {
  let last = -1;
  for (const name of names) {
    const at = order.indexOf(name);
    if (at < 0) return `unexpected <${name}>`;
    if (at < last) return `<${name}> comes after <${order[last]}>`;
    last = at;
  }
  return null;
}

/** Every URL in the manifest: DefaultValue / Value attributes and AppDomain texts that start with http. */
function urls(root: XmlElement): string[] {
  const out: string[] = [];
  for (const el of allElements(root)) {
    for (const key of ['DefaultValue', 'Value']) if (/^https?:/i.test(el.attrs[key] ?? '')) out.push(el.attrs[key]);
    if (el.name === 'AppDomain') out.push(el.text.trim());
  }
  return out;
}

/** Width and height from a PNG's IHDR. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  const root = parseXml(SOURCE);

  it('is a TaskPaneApp for Excel named 决算助手 in Chinese, English by default', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(root, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'DefaultLocale')?.text).toBe('en-US');
    const name = child(root, 'DisplayName');
    expect(name?.attrs.DefaultValue).toMatch(/Juesuan/);
    expect(name?.children.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([['zh-CN', '决算助手']]);
    expect(child(child(root, 'Hosts'), 'Host')?.attrs.Name).toBe('Workbook');
    expect(child(root, 'Permissions')?.text).toBe('ReadWriteDocument');
  });

  it('has every required element, in the order the schema requires', () => {
    const names = root.children.map((c) => c.name);
    for (const name of REQUIRED) expect(names).toContain(name);
    const problems = allElements(root)
      .map((el) => {
        const order = ORDER[el.name.replace(/^ov:/, '')];
        const problem = order && el.children.length > 0 ? orderProblem(el.children.map((c) => c.name), order) : null;
        return problem && `<${el.name}> line ${el.line}: ${problem}`;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('requires ExcelApi 1.9', () => {
    const set = child(child(child(root, 'Requirements'), 'Sets'), 'Set');
    expect(set?.attrs).toEqual({ Name: 'ExcelApi', MinVersion: '1.9' });
  });

  it('puts a button on the Home tab that opens the task pane, with 16/32/80 icons', () => {
    const vo = child(root, 'VersionOverrides');
    const form = child(child(child(vo, 'Hosts'), 'Host'), 'DesktopFormFactor');
    const point = child(form, 'ExtensionPoint');
    expect(point?.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    expect(child(point, 'OfficeTab')?.attrs.id).toBe('TabHome');
    const control = child(child(child(point, 'OfficeTab'), 'Group'), 'Control');
    expect(control?.attrs['xsi:type']).toBe('Button');
    expect(child(control, 'Action')?.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(control, 'Icon')?.children.map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
  });

  it('defines every resource it refers to, once', () => {
    const defined = allElements(root).filter((e) => e.attrs.id && /^bt:(Image|Url|String)$/.test(e.name)).map((e) => e.attrs.id);
    expect(new Set(defined).size).toBe(defined.length);
    const used = allElements(root).map((e) => e.attrs.resid).filter(Boolean);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.includes(id))).toEqual([]);
  });

  it('uses one origin for every URL, https', () => {
    const all = urls(root);
    expect(all.length).toBeGreaterThan(8);
    expect([...new Set(all.map((u) => new URL(u).origin))]).toEqual([DEV_ORIGIN]);
  });

  describe('against the production build', () => {
    let build: ProductionBuild;
    beforeAll(async () => {
      build = await productionBuild();
    }, 240_000);

    it('holds every page and icon the manifest names', () => {
      const files = [...new Set(urls(root).map((u) => new URL(u).pathname).filter((p) => p !== '/'))].sort();
      expect(files).toEqual([
        '/assets/icons/icon-16.png',
        '/assets/icons/icon-32.png',
        '/assets/icons/icon-64.png',
        '/assets/icons/icon-80.png',
        '/commands.html',
        '/taskpane.html',
      ]);
      for (const file of files) expect(() => readFileSync(join(build.dir, file))).not.toThrow();
    });

    it('has icons of the sizes their names say', () => {
      for (const size of [16, 32, 64, 80]) {
        expect(pngSize(readFileSync(join(build.dir, 'assets', 'icons', `icon-${size}.png`)))).toEqual([size, size]);
      }
    });

    it('loads office.js from Microsoft\'s CDN, before the pane\'s code, and nothing else from the network', () => {
      const office = /<script[^>]*src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?[^>]*><\/script>/;
      for (const page of ['taskpane', 'commands']) {
        const html = readFileSync(join(build.dir, `${page}.html`), 'utf8');
        expect(html).toMatch(office);
        expect(html.search(office)).toBeLessThan(html.indexOf(`${page}.js`));
        expect(html.match(/https?:\/\/[^\s"'>]+/g)).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
      }
      const preview = readFileSync(join(build.dir, 'preview.html'), 'utf8');
      expect(preview).not.toContain('office.js');
      expect(preview).not.toMatch(/https?:\/\//);
      expect(preview).toContain('preview.js');
    });

    it('copies the manifest (dev origin unless ADDIN_URL was set)', () => {
      const built = readFileSync(join(build.dir, 'manifest.xml'), 'utf8');
      if (!process.env.ADDIN_URL) expect(built).toBe(SOURCE);
      else expect(built).not.toContain(DEV_ORIGIN);
    });
  });
});

describe('ADDIN_URL (production URL at build time)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(ROOT, 'webpack.config.js')) as {
    (env: object, argv: object): unknown;
    rewriteManifest(xml: string, base: string): string;
  };

  it('moves every URL under the given base and the app domain to its origin', () => {
    const rewritten = parseXml(config.rewriteManifest(SOURCE, 'https://addin.example.cn/juesuan/'));
    const all = urls(rewritten);
    expect(all.filter((u) => u.includes('localhost'))).toEqual([]);
    expect(all).toContain('https://addin.example.cn/juesuan/taskpane.html');
    expect(all).toContain('https://addin.example.cn/juesuan/assets/icons/icon-80.png');
    expect(child(child(rewritten, 'AppDomains'), 'AppDomain')?.text).toBe('https://addin.example.cn');
  });

  it('refuses a URL that is not https', () => {
    const saved = process.env.ADDIN_URL;
    try {
      process.env.ADDIN_URL = 'http://addin.example.cn/';
      expect(() => config({}, { mode: 'production' })).toThrow('ADDIN_URL must use https (Office requires it): http://addin.example.cn/');
      process.env.ADDIN_URL = 'not a url';
      expect(() => config({}, { mode: 'production' })).toThrow('ADDIN_URL is not a URL: not a url');
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });
});
