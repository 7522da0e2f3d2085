/// <reference types="office-js" />
import type { RunBatch } from './types';

/**
 * Store `xml` as the one custom XML part of `namespace`: update the first part there, add one
 * when there is none, and delete stray copies (e.g. from sheets moved between workbooks),
 * which would otherwise be read ambiguously. Two syncs.
 */
export async function replaceCustomXmlPart(run: RunBatch, namespace: string, xml: string): Promise<void> {
  await run(async (context) => {
    const existing = context.workbook.customXmlParts.getByNamespace(namespace);
    existing.load('items/id');
    await context.sync();
    // load('items/id') does load the items; the rule wants the property path spelled out.
    // eslint-disable-next-line office-addins/load-object-before-read
    const [first, ...copies] = existing.items;
    if (!first) context.workbook.customXmlParts.add(xml);
    else {
      first.setXml(xml);
      copies.forEach((p) => p.delete());
    }
    await context.sync();
  });
}
