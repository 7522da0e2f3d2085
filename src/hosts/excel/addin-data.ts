/// <reference types="office-js" />
/**
 * The add-in's own data (last year's figures, workbook settings …) stored in the workbook by
 * name, as text: one custom XML part per name in the namespace `urn:juesuan:data:<name>:v1`
 * (ExcelApi 1.5), or, where custom XML parts are not supported, a document setting — the
 * same approach as the annotations store. Two syncs each way.
 */
import { JuesuanError } from '../../core/errors';
import { reason } from './errors';
import { replaceCustomXmlPart } from './custom-xml-part';
import type { SettingsStore } from './settings-store';
import { CUSTOM_XML_API, type IsSetSupported, type RunBatch } from './types';
import { decodeXmlText, escapeXmlText } from './xml-text';

/** Loading or saving the add-in's data failed. */
export class AddinDataError extends JuesuanError {}

const NAME = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

/** The custom XML namespace of the data stored under `name`. */
export function addinDataNamespace(name: string): string {
  return `urn:juesuan:data:${name}:v1`;
}

/** The document setting used when custom XML parts are not supported. */
export function addinDataSetting(name: string): string {
  return `juesuan.data.${name}.v1`;
}

/** Characters XML 1.0 cannot hold at all, even as character references. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The part's XML. Text XML can hold goes in as is (escaped); text with characters XML
 * cannot hold (control characters, lone surrogates) goes in as a JSON string literal.
 */
export function addinDataToXml(name: string, text: string): string {
  const asJson = NOT_XML.test(text);
  const body = asJson ? JSON.stringify(text).replace(/[\ufffe\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16)}`) : text;
  return `<data xmlns="${addinDataNamespace(name)}" name="${name}" format="${asJson ? 'json' : 'text'}">${escapeXmlText(body)}</data>`;
}

/**
 * The text back from the part's XML as Excel returns it (declaration, prefixes and CDATA
 * accepted). Throws when there is no data element.
 */
export function addinDataFromXml(xml: string): string {
  if (/<(?:[\w.-]+:)?data\b[^>]*\/>/.test(xml)) return '';
  const m = /<((?:[\w.-]+:)?data)\b([^>]*)>([\s\S]*)<\/\1\s*>/.exec(xml);
  if (!m) throw new Error('no data element');
  const pieces = m[3].split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  const body = pieces.map((p) => (p.startsWith('<![CDATA[') ? p.slice(9, -3) : decodeXmlText(p))).join('');
  if (/\sformat\s*=\s*["']json["']/.test(m[2])) {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'string') throw new Error('data is not a JSON string');
    return parsed;
  }
  return body;
}

export class AddinDataStore {
  constructor(
    private readonly run: RunBatch,
    private readonly isSetSupported: IsSetSupported,
    private readonly settings: SettingsStore | undefined,
    private readonly file: () => string,
  ) {}

  private get useXml(): boolean {
    return this.isSetSupported('ExcelApi', CUSTOM_XML_API);
  }

  private checkName(name: string): void {
    if (!NAME.test(name)) throw new AddinDataError(`决算助手的数据名称“${name}”无效。`, { file: this.file() });
  }

  /** The part's XML, or undefined when the workbook has none for `name`. */
  private async readPart(name: string): Promise<string | undefined> {
    return this.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(addinDataNamespace(name));
      parts.load('items/id');
      await context.sync();
      // load('items/id') does load the items; the rule loses track of it in this file.
      // eslint-disable-next-line office-addins/load-object-before-read
      const [first] = parts.items;
      if (!first) return undefined;
      const content = first.getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read
      return content.value;
    });
  }

  /** The text stored under `name`; undefined when nothing was saved. */
  async load(name: string): Promise<string | undefined> {
    this.checkName(name);
    try {
      const xml = this.useXml ? await this.readPart(name) : undefined;
      if (xml !== undefined) return addinDataFromXml(xml);
      // A workbook saved where custom XML parts were missing keeps its data in the settings.
      const stored = this.settings?.get(addinDataSetting(name));
      return typeof stored === 'string' ? stored : undefined;
    } catch (err) {
      throw new AddinDataError(`工作簿“${this.file()}”中保存的决算助手数据（${name}）无法读取（${reason(err)}）。`, { file: this.file() });
    }
  }

  /** Replace the text stored under `name`. */
  async save(name: string, text: string): Promise<void> {
    this.checkName(name);
    try {
      if (this.useXml) {
        const xml = addinDataToXml(name, text);
        await replaceCustomXmlPart(this.run, addinDataNamespace(name), xml);
        return;
      }
      if (!this.settings) throw new Error('no document settings');
      this.settings.set(addinDataSetting(name), text);
      await this.settings.save();
    } catch (err) {
      throw new AddinDataError(`无法把决算助手数据（${name}）保存到工作簿“${this.file()}”（${reason(err)}）。请确认工作簿未以只读方式打开后重试。`, {
        file: this.file(),
      });
    }
  }
}
