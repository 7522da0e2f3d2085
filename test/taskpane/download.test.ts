/** Downloads per platform (download.ts): never a false "saved" on Mac or iPad. */
import { blobDownloadWorks, downloadBlob, downloadUnsupportedMessage, officePlatform } from '../../src/taskpane/download';

/** Just enough of a page for <a download>: records the clicks. */
function fakePage(): { clicks: string[]; restore: () => void } {
  const clicks: string[] = [];
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  g.document = {
    body: { appendChild: () => undefined },
    createElement: () => {
      const link = { href: '', download: '', style: {}, click: () => clicks.push(link.download), remove: () => undefined };
      return link;
    },
  };
  URL.createObjectURL = () => 'blob:fake';
  URL.revokeObjectURL = () => undefined;
  return {
    clicks,
    restore: () => {
      g.document = saved.document;
      URL.createObjectURL = saved.createObjectURL;
      URL.revokeObjectURL = saved.revokeObjectURL;
    },
  };
}

describe('downloads per platform', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('works in browsers, Excel on the web and on Windows; not on Mac or iPad', () => {
    expect(['PC', 'OfficeOnline', undefined].map((p) => blobDownloadWorks(p))).toEqual([true, true, true]);
    expect(['Mac', 'iOS'].map((p) => blobDownloadWorks(p))).toEqual([false, false]);
  });

  it('reads the platform from Office when the page runs in it', () => {
    expect(officePlatform()).toBeUndefined();
    (globalThis as Record<string, unknown>).Office = { context: { platform: 'Mac' } };
    try {
      expect(officePlatform()).toBe('Mac');
      expect(blobDownloadWorks()).toBe(false);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  it('clicks a download link where it works, and does nothing (saying so) where it cannot', () => {
    const page = fakePage();
    try {
      expect(downloadBlob(new Blob(['x']), '说明.docx', 'PC')).toBe('started');
      expect(downloadBlob(new Blob(['x']), '说明.docx', 'Mac')).toBe('unsupported');
      expect(downloadBlob(new Blob(['x']), '说明.docx', 'iOS')).toBe('unsupported');
      expect(page.clicks).toEqual(['说明.docx']);
    } finally {
      page.restore();
    }
  });

  it('tells the user what to do instead', () => {
    expect(downloadUnsupportedMessage(' Word 文件', '请点“复制为带格式文本”后粘贴到 Word 或 WPS')).toBe(
      'Mac 和 iPad 版 Excel 不允许加载项下载文件，无法在此保存 Word 文件。请点“复制为带格式文本”后粘贴到 Word 或 WPS，或在 Windows 版或网页版 Excel 中下载。',
    );
  });
});
