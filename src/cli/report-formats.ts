/** The formats `juesuan narrative --format` writes (no renderer loaded to name them). */
export type ReportFormat = 'text' | 'markdown' | 'html' | 'docx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'html', 'docx'];
/** The file extension of each format. */
export const REPORT_EXTENSION: Record<ReportFormat, string> = { text: 'txt', markdown: 'md', html: 'html', docx: 'docx' };
