/** Adding a custom XML part to .xlsx bytes the way Excel stores one (customXmlParts.add). */
import JSZip from 'jszip';

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const PROPS_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';

/**
 * `bytes` with customXml/item{n}.xml holding `xml` (as given: string → UTF-8, bytes as is),
 * its itemProps part and relationships, the workbook's relationship to it and the content
 * type entries.
 */
export async function withCustomXmlPart(bytes: Uint8Array, xml: string | Uint8Array, n = 1): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6C1D2A1E-0000-4000-8000-00000000000${n}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${PROPS_REL_TYPE}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = await zip.file(relsPath)!.async('string');
  zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdJuesuanXml${n}" Type="${REL_TYPE}" Target="../customXml/item${n}.xml"/></Relationships>`));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  let updated = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`);
  if (!/<Default Extension="xml"/.test(updated)) updated = updated.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file('[Content_Types].xml', updated);
  return zip.generateAsync({ type: 'uint8array' });
}
