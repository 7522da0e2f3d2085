/// <reference types="office-js" />
/**
 * Load and save annotations in the workbook so they travel with the file: a custom XML part
 * in ANNOTATIONS_NAMESPACE (ExcelApi 1.5), or, where custom XML parts are not supported, a
 * document setting. Two syncs each way.
 */
import type { Annotations } from '../workbook-host';
import { ANNOTATIONS_NAMESPACE, ANNOTATIONS_SETTING, annotationsFromJson, annotationsFromXml, annotationsToJson, annotationsToXml, sanitizeAnnotations } from './annotations-codec';
import { AnnotationsStoreError, reason } from './errors';
import { replaceCustomXmlPart } from './custom-xml-part';
import type { SettingsStore } from './settings-store';
import { CUSTOM_XML_API, type IsSetSupported, type RunBatch } from './types';

export class AnnotationsStore {
  constructor(
    private readonly run: RunBatch,
    private readonly isSetSupported: IsSetSupported,
    private readonly settings: SettingsStore | undefined,
    private readonly file: () => string,
  ) {}

  private get useXml(): boolean {
    return this.isSetSupported('ExcelApi', CUSTOM_XML_API);
  }

  private unreadable(err: unknown): AnnotationsStoreError {
    return new AnnotationsStoreError(`工作簿“${this.file()}”中保存的出错说明无法读取（${reason(err)}）。可以继续审核，但新的说明会覆盖原有内容。`, { file: this.file() });
  }

  /** The stored annotations; {} when none were saved. */
  async load(): Promise<Annotations> {
    let xml: string | undefined;
    if (this.useXml) {
      try {
        xml = await this.run(async (context) => {
          const parts = context.workbook.customXmlParts.getByNamespace(ANNOTATIONS_NAMESPACE);
          parts.load('items/id');
          await context.sync();
          const [first] = parts.items;
          if (!first) return undefined;
          const content = first.getXml();
          await context.sync();
          return content.value;
        });
      } catch (err) {
        throw this.unreadable(err);
      }
    }
    try {
      // A workbook saved where custom XML parts were missing keeps its notes in the settings.
      if (xml !== undefined) return annotationsFromXml(xml);
      const stored = this.settings?.get(ANNOTATIONS_SETTING);
      if (stored === null || stored === undefined) return {};
      return typeof stored === 'string' ? annotationsFromJson(stored) : sanitizeAnnotations(stored);
    } catch (err) {
      throw this.unreadable(err);
    }
  }

  /** Replace the stored annotations. */
  async save(annotations: Annotations): Promise<void> {
    try {
      if (this.useXml) {
        const xml = annotationsToXml(annotations);
        await replaceCustomXmlPart(this.run, ANNOTATIONS_NAMESPACE, xml);
        return;
      }
      if (!this.settings) throw new Error('no document settings');
      this.settings.set(ANNOTATIONS_SETTING, annotationsToJson(annotations));
      await this.settings.save();
    } catch (err) {
      throw new AnnotationsStoreError(`无法把出错说明保存到工作簿“${this.file()}”（${reason(err)}）。请确认工作簿未以只读方式打开后重试。`, { file: this.file() });
    }
  }
}
