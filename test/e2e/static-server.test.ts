import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { resolveRequestPath, serveStatic } from '../../scripts/serve-dist';

describe('the static server of the e2e tests and npm run preview', () => {
  const root = mkdtempSync(join(tmpdir(), 'juesuan-static-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('maps request paths into the root and nowhere else', () => {
    expect(resolveRequestPath(root, '/preview.html?x=1')).toBe(join(root, 'preview.html'));
    expect(resolveRequestPath(root, '/')).toBe(join(root, 'preview.html'));
    expect(resolveRequestPath(root, '/assets/%E7%A4%BA%E4%BE%8B.xlsx')).toBe(join(root, 'assets', '示例.xlsx'));
    expect(resolveRequestPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveRequestPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBeNull();
  });

  it('serves files with their type on 127.0.0.1 and answers 404 otherwise', async () => {
    writeFileSync(join(root, 'preview.html'), '<!doctype html><title>预览</title>');
    const server = await serveStatic(root);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const ok = await fetch(`${server.url}preview.html`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await ok.text()).toBe('<!doctype html><title>预览</title>');
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}preview.html`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
