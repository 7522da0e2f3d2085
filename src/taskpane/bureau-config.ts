/// <reference lib="dom" />
/**
 * One deployment for a whole bureau (docs/deploy.md): a config.json beside the pane's page
 * names the bureau, its default template and report style, and its default rule pack (a
 * file beside config.json). The pane reads it once at start; without the file everything
 * works as before, and a file that cannot be used gives a plain notice, never a failure.
 * Only the pane's own server is asked (the same origin the pane was loaded from).
 */
import { JuesuanError } from '../core/errors';
import { parseRulePack } from '../core/rules/pack-format';
import { packText } from '../core/rules/pack-text';
import type { SessionOptions } from '../core/session';
import { isStyleId, isTemplateId, reportStyle, templateIds, templateSet } from '../core/templates';

/** The name of the file beside the pane's page. */
export const CONFIG_FILE = 'config.json';

/** What config.json says. */
export interface BureauConfig {
  /** 某市财政局: shown in 设置 as “由 某市财政局 统一配置”. */
  bureau: string;
  /** The template set the bureau's departments use (a registry id); its style is the default style. */
  template?: string;
  /** The report style used unless the workbook stores another (a registry id). */
  style?: string;
  /** The default rule pack's file, relative to config.json. */
  pack?: string;
}

/** What the pane uses of the bureau's configuration. */
export interface BureauSetup {
  config?: BureauConfig;
  /** For the session (SessionOptions.defaults): below what each workbook stores. */
  defaults?: NonNullable<SessionOptions['defaults']>;
  /** Number of rules of the default pack in force. */
  packRules?: number;
  /** Why config.json, or part of it, is not used (Chinese). */
  problem?: string;
}

/** Fetches a file: its bytes, or undefined when the server has no such file (HTTP 404). */
export type FetchBytes = (url: string) => Promise<Uint8Array | undefined>;

const FIELDS = new Set(['bureau', 'template', 'style', 'pack', '$comment']);

/**
 * config.json checked: `bureau` is required; `template` and `style` must be ids of the
 * registry; `pack` a .json file name.
 * @throws JuesuanError (Chinese) naming the field
 * @example parseBureauConfig('{"bureau":"某市财政局","template":"sichuan2023"}').template === 'sichuan2023'
 */
export function parseBureauConfig(text: string): BureauConfig {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new JuesuanError(`${CONFIG_FILE} 不是有效的 JSON 文件，请检查括号、引号和逗号。`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new JuesuanError(`${CONFIG_FILE} 应为一个对象，如 {"bureau": "某市财政局"}。`);
  const o = json as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !FIELDS.has(k));
  if (unknown.length > 0) throw new JuesuanError(`${CONFIG_FILE} 中有不认识的项目：${unknown.join('、')}（可用的项目：bureau、template、style、pack）。`);
  if (typeof o.bureau !== 'string' || !o.bureau.trim()) throw new JuesuanError(`${CONFIG_FILE} 缺少财政局名称（bureau），如 "bureau": "某市财政局"。`);
  if (o.template !== undefined && !isTemplateId(o.template)) throw new JuesuanError(`${CONFIG_FILE} 中的模板（template）“${String(o.template)}”不存在，可用的模板：${templateIds().join('、')}。`);
  if (o.style !== undefined && !isStyleId(o.style)) throw new JuesuanError(`${CONFIG_FILE} 中的说明样式（style）“${String(o.style)}”不存在。`);
  if (o.pack !== undefined && (typeof o.pack !== 'string' || !/\.json$/i.test(o.pack))) throw new JuesuanError(`${CONFIG_FILE} 中的规则包（pack）应为 .json 文件名，如 "pack": "某市财政局规则.json"。`);
  const config: BureauConfig = { bureau: o.bureau.trim() };
  if (o.template !== undefined) config.template = o.template as string;
  if (o.style !== undefined) config.style = o.style as string;
  if (o.pack !== undefined) config.pack = o.pack as string;
  return config;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The bureau's setup from config.json at `configUrl` (absolute) and its pack beside it.
 * Never throws: no file → {} (nothing configured); a file that cannot be read or used →
 * `problem`; a pack that cannot be used → the rest of the configuration and `problem`.
 */
export async function loadBureauSetup(fetchBytes: FetchBytes, configUrl: string): Promise<BureauSetup> {
  let config: BureauConfig;
  try {
    const bytes = await fetchBytes(configUrl);
    if (!bytes) return {};
    config = parseBureauConfig(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    return { problem: `财政局统一配置未使用：${messageOf(e)}` };
  }
  const style = config.style ?? (config.template ? templateSet(config.template).style : undefined);
  const defaults: BureauSetup['defaults'] = style ? { settings: { style } } : {};
  if (!config.pack) return { config, defaults };
  try {
    const bytes = await fetchBytes(new URL(config.pack, configUrl).href);
    if (!bytes) throw new JuesuanError(`找不到规则包文件“${config.pack}”（应放在 ${CONFIG_FILE} 旁边）。`);
    const pack = parseRulePack(packText(bytes, config.pack), config.pack);
    return { config, defaults: { ...defaults, packs: [pack] }, packRules: pack.rules.length };
  } catch (e) {
    return { config, defaults, problem: `财政局统一配置的规则包未使用：${messageOf(e)}` };
  }
}

/** The line 设置 shows for a configured pane: “由 某市财政局 统一配置：…”. */
export function bureauLine(setup: BureauSetup): string | undefined {
  const c = setup.config;
  if (!c) return undefined;
  const parts = [
    c.template && `模板“${templateSet(c.template).name}”`,
    setup.defaults?.settings?.style && `说明样式“${reportStyle(setup.defaults.settings.style).label}”`,
    setup.packRules !== undefined && `规则包“${c.pack}”（${setup.packRules} 条规则）`,
  ].filter(Boolean);
  return `由 ${c.bureau} 统一配置${parts.length > 0 ? `：${parts.join('，')}` : ''}。工作簿中保存的设置和规则包优先。`;
}

/** Fetch over the page's own origin: 404 means "not configured". */
const browserFetch: FetchBytes = async (url) => {
  const res = await fetch(url, { cache: 'no-store' });
  if (res.status === 404) return undefined;
  if (!res.ok) throw new JuesuanError(`读取“${url}”失败（HTTP ${res.status}）。`);
  return new Uint8Array(await res.arrayBuffer());
};

let loading: Promise<BureauSetup> | undefined;

/** The bureau's setup for this page, read once (config.json relative to the pane's page). */
export function bureauSetup(): Promise<BureauSetup> {
  loading ??= loadBureauSetup(browserFetch, new URL(CONFIG_FILE, document.baseURI).href);
  return loading;
}
