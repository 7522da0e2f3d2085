import type { WorkbookHost } from '../hosts/workbook-host';

/**
 * The Excel host (Office.js), loaded once Office is ready. Kept apart from index.tsx so the
 * pane's code depends on the WorkbookHost interface only.
 */
export async function createExcelHost(): Promise<WorkbookHost> {
  const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ '../hosts/excel');
  return new ExcelHost();
}
