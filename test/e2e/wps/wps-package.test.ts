/**
 * `npm run build:wps` output: ribbon.xml is well-formed CustomUI with a 决算助手 group on the
 * 开始 tab whose button's onAction is a function main.js defines (run in a VM against a fake
 * WPS, it opens the pane through CreateTaskPane); every page references files inside
 * dist/wps only; the server URL reaches publish.html and jsplugins.xml; the pane's code
 * keeps to ES2017 syntax and does not call crypto.randomUUID.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join, normalize } from 'path';
import { runInNewContext } from 'vm';
import * as acorn from 'acorn';
import { TEST_WPS_URL, wpsBuild } from './wps-build';

jest.setTimeout(60_000);

/** Elements of an XML text (names and attributes), with a check that tags nest and close. */
function parseXml(xml: string): { name: string; attrs: Record<string, string>; parents: string[] }[] {
  const body = xml.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const out: { name: string; attrs: Record<string, string>; parents: string[] }[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([<>])/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    if (m[5]) throw new Error(`stray ${m[5]} at ${m.index}`);
    if (/[<>]/.test(body.slice(last, m.index))) throw new Error(`malformed near ${m.index}`);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(body.slice(last, m.index))) throw new Error('unescaped &');
    last = m.index + m[0].length;
    const [, closing, name, rawAttrs, selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> does not close the open element`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(a[2])) throw new Error(`unescaped & in ${a[1]}`);
      if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]] = a[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    }
    out.push({ name, attrs, parents: [...stack] });
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (body.slice(last).trim() !== '') throw new Error('text after the root element');
  return out;
}

/** What the page's elements load or link to (src, href attributes of its tags). */
function references(html: string): string[] {
  return [...html.matchAll(/<[a-z]+\b[^>]*?\s(?:src|href)\s*=\s*"?([^"\s>]+)/gi)].map((m) => m[1]);
}

describe('npm run build:wps output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await wpsBuild();
  }, 300_000);

  it('writes the add-in’s files', () => {
    for (const f of ['ribbon.xml', 'main.js', 'index.html', 'taskpane.html', 'taskpane.js', 'publish.html', 'jsplugins.xml', 'assets/icons/icon-32.png']) expect(existsSync(join(dir, f))).toBe(true);
  });

  it('has a well-formed CustomUI ribbon with a 决算助手 group on the 开始 tab whose onAction main.js defines', () => {
    const elements = parseXml(readFileSync(join(dir, 'ribbon.xml'), 'utf8'));
    expect(elements[0]).toMatchObject({ name: 'customUI', attrs: { xmlns: 'http://schemas.microsoft.com/office/2006/01/customui' } });
    expect(elements.map((e) => e.name)).toEqual(['customUI', 'ribbon', 'tabs', 'tab', 'group', 'button']);
    expect(elements.find((e) => e.name === 'tab')?.attrs.idMso).toBe('TabHome');
    expect(elements.find((e) => e.name === 'group')?.attrs.label).toBe('决算助手');
    const button = elements.find((e) => e.name === 'button');
    expect(button?.parents).toEqual(['customUI', 'ribbon', 'tabs', 'tab', 'group']);

    // main.js in a VM with a fake WPS (wpsjs templates: CreateTaskPane → ID, Visible, DockPosition; PluginStorage).
    const created: { url: string; pane: Record<string, unknown> }[] = [];
    const storage = new Map<string, unknown>();
    const app = {
      CreateTaskPane: (url: string) => {
        const pane = { ID: `pane-${created.length + 1}`, Visible: false, DockPosition: 0 };
        created.push({ url, pane });
        return pane;
      },
      GetTaskPane: (id: string) => created.find((c) => c.pane.ID === id)?.pane,
      PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => storage.set(k, v) },
    };
    const window: Record<string, unknown> = { Application: app, alert: () => undefined };
    runInNewContext(readFileSync(join(dir, 'main.js'), 'utf8'), { window, document: { location: `${TEST_WPS_URL}index.html` } });
    for (const callback of [elements[0].attrs.onLoad, button?.attrs.onAction, button?.attrs.getImage]) expect(typeof window[callback as string]).toBe('function');

    expect((window[elements[0].attrs.onLoad] as (r: unknown) => boolean)({ ribbon: true })).toBe(true);
    const onAction = window[button?.attrs.onAction as string] as (control: unknown) => unknown;
    onAction({ Id: button?.attrs.id });
    onAction({ Id: button?.attrs.id });
    expect(created).toHaveLength(1);
    expect(created[0].url).toBe(`${TEST_WPS_URL}taskpane.html`);
    expect(created[0].pane).toMatchObject({ Visible: true, DockPosition: 2 });
    expect((window[button?.attrs.getImage as string] as () => string)()).toBe(`${TEST_WPS_URL}assets/icons/icon-32.png`);
  });

  it('has pages that reference only files inside dist/wps', () => {
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(['index.html', 'publish.html', 'taskpane.html']);
    for (const page of pages) {
      for (const ref of references(readFileSync(join(dir, page), 'utf8'))) {
        expect(ref).not.toMatch(/^[a-z]+:|^\/\//i);
        const target = normalize(join(dir, ref));
        expect(target.startsWith(dir)).toBe(true);
        expect(existsSync(target)).toBe(true);
      }
    }
  });

  it('puts the server URL, escaped, into publish.html and jsplugins.xml', () => {
    const escaped = TEST_WPS_URL.replace(/&/g, '&amp;');
    const plugins = parseXml(readFileSync(join(dir, 'jsplugins.xml'), 'utf8'));
    expect(plugins.find((e) => e.name === 'jspluginonline')?.attrs).toEqual({ name: 'juesuan', type: 'et', url: TEST_WPS_URL });
    const publish = readFileSync(join(dir, 'publish.html'), 'utf8');
    expect(publish).toContain(`url: ${JSON.stringify(TEST_WPS_URL)},`);
    expect(publish).toContain(`<code id="url">${escaped}</code>`);
    expect(publish).not.toContain('__ADDIN_URL__');
  });

  it('keeps the pane’s code to ES2017 syntax without crypto.randomUUID', () => {
    const scripts = ['taskpane.js', 'main.js', ...readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
    for (const file of scripts) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(() => acorn.parse(code, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
      // A call behind its own feature test (pdf.js's getUuid falls back to getRandomValues) is safe.
      const unguarded = code.replace(/"function"==typeof (\w+)\.randomUUID\)return \1\.randomUUID\(\)/g, '');
      expect(unguarded).not.toMatch(/randomUUID\s*\(/);
    }
    expect(() => acorn.parse(readFileSync(join(dir, 'main.js'), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
  });
});
