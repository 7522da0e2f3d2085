/// <reference lib="dom" />
import { downloadBlob } from '../taskpane/download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hand workbook bytes to the browser as a download named `fileName`. */
export function saveBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string): void {
  downloadBlob(new Blob([bytes], { type: XLSX_TYPE }), fileName);
}
