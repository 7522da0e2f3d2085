/** The report readers: Word paragraphs, PDF lines into paragraphs, text, Markdown and HTML. */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { ReportUnreadableError } from '../../../src/core/errors';
import { docxParagraphs, htmlParagraphs, linesToParagraphs, markdownParagraphs, reportParagraphs } from '../../../src/hosts/report-text';
import { pdfText } from '../../../src/hosts/report-text/pdf-text';
import { loadPdfJsNode } from '../../../src/hosts/report-text/pdfjs-node';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('docxParagraphs', () => {
  it('reads each paragraph with its runs joined, written by the docx package', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('一、收入支出'), new TextRun({ text: '决算总体情况说明', bold: true })] }),
            new Paragraph({ children: [new TextRun('收、支总计254.38万元 & <其他>。')] }),
          ],
        },
      ],
    });
    expect(await docxParagraphs(await Packer.toBuffer(doc))).toEqual(['一、收入支出决算总体情况说明', '收、支总计254.38万元 & <其他>。']);
  });

  it('turns tabs into spaces and keeps empty paragraphs as empty strings', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>合计</w:t><w:tab/><w:t xml:space="preserve">100万元</w:t></w:r></w:p><w:p/></w:body></w:document>');
    expect(await docxParagraphs(await zip.generateAsync({ type: 'uint8array' }))).toEqual(['合计 100万元', '']);
  });

  it('refuses a zip without a Word document', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    await expect(reportParagraphs(await zip.generateAsync({ type: 'uint8array' }), '说明.docx', loadPdfJsNode)).rejects.toThrow(ReportUnreadableError);
  });
});

describe('linesToParagraphs', () => {
  const line = (text: string, y: number, x = 50) => ({ text, y, x, size: 12 });

  it('joins wrapped lines, breaks at headings and indented first lines, and carries a paragraph over a page', () => {
    const pages = [
      [line('一、收入支出决算总体情况说明', 800), line('2024年度收、支总计254.', 780, 74), line('38万元。与2023年相比，', 766), line('收、支总计各增加', 752)],
      [line('20万元。', 800), line('1.行政运行（项）：支出', 780), line('决算为5万元。', 766)],
    ];
    expect(linesToParagraphs(pages)).toEqual(['一、收入支出决算总体情况说明', '2024年度收、支总计254.38万元。与2023年相比，收、支总计各增加20万元。', '1.行政运行（项）：支出决算为5万元。']);
  });
});

describe('pdfText', () => {
  it('maps radical code points to the ideographs and keeps full-width punctuation', () => {
    expect(pdfText('⼀般公共预算⽀出增⻓5%,主要(项)')).toBe('一般公共预算支出增长5%，主要（项）');
    expect(pdfText('1,234.5')).toBe('1,234.5');
  });
});

describe('plain text readers', () => {
  it('reads Markdown without its marks', () => {
    expect(markdownParagraphs('# 一、总体情况\n\n- **收入**合计100万元。')).toEqual(['一、总体情况', '', '收入合计100万元。']);
  });

  it('reads HTML by block, dropping scripts and decoding entities', () => {
    expect(htmlParagraphs('<html><head><title>x</title></head><body><h2>一、总体</h2><p>收入&amp;支出<br>100万元</p><script>alert(1)</script></body></html>').filter(Boolean)).toEqual([
      '一、总体',
      '收入&支出',
      '100万元',
    ]);
  });

  it('tells formats apart by their first bytes and refuses text that is not UTF-8', async () => {
    expect(await reportParagraphs(bytes('<!doctype html><p>甲</p>'), 'a.txt', loadPdfJsNode)).toContain('甲');
    await expect(reportParagraphs(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]), 'b.txt', loadPdfJsNode)).rejects.toThrow('b.txt');
    await expect(reportParagraphs(bytes('plain'), 'c.pdf', loadPdfJsNode)).rejects.toThrow('c.pdf');
  });
});
