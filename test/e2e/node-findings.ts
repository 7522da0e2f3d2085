/** The findings the engine gives in Node for the same bytes, in the form paneFindings reads. */
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/read-buffer';

export async function nodeFindings(bytes: Uint8Array, name: string): Promise<string[]> {
  const { findings } = checkWorkbook(await readWorkbookBuffer(bytes, name));
  return findings
    .filter((f) => f.outcome !== 'pass')
    .map((f) => `${f.rule} ${f.cells.map((c) => `${c.sheet}!${c.address}`).join('|')}`)
    .sort();
}
