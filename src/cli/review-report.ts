import { basename } from 'path';
import { writeOutputFile } from './out-files';
import { reviewHtml } from './review-html';
import { FileReview } from './review-summary';
import { reviewTables } from './review-tables';

/** The formats --report writes, by the file's extension. */
export const REVIEW_REPORT_EXTENSIONS = ['.xlsx', '.html', '.htm'];

/**
 * Write the reviewer's report of `juesuan check --report`: an .xlsx (ExcelJS, loaded only
 * here) or an .html page, by the extension of `path`.
 * @throws OutputFileError when the path cannot be written
 */
export async function writeReviewReport(path: string, reviews: FileReview[]): Promise<void> {
  const tables = reviewTables(reviews);
  if (/\.xlsx$/i.test(path)) {
    const { reviewXlsx } = await import('./review-xlsx');
    await writeOutputFile(path, await reviewXlsx(tables), '审核汇总.xlsx');
  } else {
    await writeOutputFile(path, reviewHtml(tables, `决算审核汇总：${reviews.length} 个工作簿（${basename(path)}）`), '审核汇总.html');
  }
}
