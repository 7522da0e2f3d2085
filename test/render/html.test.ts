import { renderHtml } from '../../src/render/html';
import { renderText } from '../../src/render/text';
import { HOSTILE, T01_TOTAL, sampleDocument } from './factories';
import { XmlElement, findAll, parseXml } from './xml';

/** All text below an element, as a browser's textContent. */
function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

describe('renderHtml', () => {
  const full = renderHtml(sampleDocument());
  const fragment = renderHtml(sampleDocument(), { fragment: true });
  // The fragment uses only quoted attributes, closed tags and XML's entities, so the
  // strict XML parser reads it: proof that no workbook text turned into markup.
  const root = parseXml(fragment);

  it('never lets workbook text through raw', () => {
    for (const html of [full, fragment]) {
      expect(html).not.toContain(HOSTILE);
      expect(html).not.toContain('<script');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    }
    expect(findAll(root, 'script')).toEqual([]);
    const paragraphs = findAll(root, 'p').map(textContent);
    expect(paragraphs[2]).toBe(`用于${HOSTILE}（类）支出3万元；【请补充说明】`);
  });

  it('holds the same paragraphs as the text output', () => {
    const bodyLines = renderText(sampleDocument())
      .split('\n')
      .filter((l) => l.startsWith('\u3000\u3000') && !/^\u3000\u3000\d+．/.test(l))
      .map((l) => l.slice(2));
    expect(findAll(root, 'p').map(textContent)).toEqual(bodyLines);
    expect(findAll(root, 'h2').map(textContent)).toEqual(['一、收入支出决算总体情况说明', '五、一般公共预算财政拨款支出决算情况说明', '待补充事项']);
    expect(findAll(root, 'h3').map(textContent)).toEqual(['（一）总体情况', '（二）结构情况']);
  });

  it('marks number runs with their sources as JSON', () => {
    const nums = findAll(root, 'span').filter((s) => s.attrs.class === 'num');
    expect(nums.map(textContent)).toEqual(['17.80', '2.20', '11', '12.50', '70', '3']);
    expect(JSON.parse(nums[0].attrs['data-source'])).toEqual([T01_TOTAL]);
    expect(nums[0].attrs['data-value']).toBe('178000');
    expect(nums[1].attrs['data-figure']).toBe('difference');
    // The sheet name <'&"> is escaped inside the attribute.
    expect(fragment).toContain('收支总表&lt;&#39;&amp;\\&quot;&gt;');
  });

  it('marks placeholders with their id and suggestions', () => {
    const marks = findAll(root, 'mark');
    expect(marks.map((m) => [m.attrs.class, m.attrs['data-id'], m.attrs['data-kind'], textContent(m)])).toEqual([
      ['placeholder', 'reason:一:收支总计', 'reason', '【请填写变动原因】'],
      ['placeholder', 'supplement:五.二:说明', 'supplement', '【请补充说明】'],
    ]);
    expect(JSON.parse(marks[0].attrs['data-suggestions'])).toEqual(['主要是科学技术支出（类）减少18.44万元', HOSTILE]);
    expect(marks[1].attrs['data-suggestions']).toBeUndefined();
  });

  it('prints the caption of a chart after the paragraph that names it', () => {
    const figures = findAll(root, 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0].attrs['data-chart']).toBe('图1');
    expect(findAll(figures[0], 'figcaption').map(textContent)).toEqual(['图1：收、支决算总计变动情况图']);
    expect(fragment.indexOf('<figure')).toBeGreaterThan(fragment.indexOf('主要变动原因是'));
  });

  it('lists the open items with their ids', () => {
    const items = findAll(root, 'li');
    expect(items.map((li) => li.attrs['data-id'])).toEqual(['reason:一:收支总计', 'supplement:五.二:说明']);
    expect(textContent(items[1])).toBe(`（二）结构情况：请补充${HOSTILE}的说明`);
  });

  it('styles the text in the official manner, inline', () => {
    const [title] = findAll(root, 'h1');
    expect(title.attrs.style).toContain("font-family:'方正小标宋简体'");
    expect(title.attrs.style).toContain('font-size:22pt');
    expect(title.attrs.style).toContain('text-align:center');
    const body = findAll(root, 'p')[0].attrs.style;
    for (const rule of ["font-family:'仿宋_GB2312'", 'font-size:16pt', 'line-height:28pt', 'text-indent:2em']) expect(body).toContain(rule);
    expect(findAll(root, 'h2')[0].attrs.style).toContain("font-family:'黑体'");
    expect(findAll(root, 'h3')[0].attrs.style).toContain("font-family:'楷体_GB2312'");
    expect(findAll(root, 'mark')[0].attrs.style).toContain('background-color:#ffff00');
  });

  it('wraps the fragment in a full A4 page unless asked for the fragment', () => {
    expect(fragment.startsWith('<article class="juesuan-narrative"')).toBe(true);
    expect(fragment).not.toContain('<html');
    expect(full.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(full).toContain('<meta charset="utf-8">');
    expect(full).toContain('<title>2024年度某市科学技术局决算情况说明</title>');
    expect(full).toContain('@page{size:A4;margin:37mm 26mm 35mm 28mm}');
    expect(full).toContain(fragment.trimEnd());
    expect(full.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('renderHtml: the title', () => {
  it('breaks a title too long for the printed line after the unit', () => {
    const long = { ...sampleDocument(), title: '2024年度某市科学技术局机关后勤服务中心决算情况说明', titleParts: { unit: '某市科学技术局机关后勤服务中心', rest: '2024年度决算情况说明' } };
    expect(renderHtml(long, { fragment: true })).toMatch(/<h1 class="title"[^>]*>某市科学技术局机关后勤服务中心<br>2024年度决算情况说明<\/h1>/);
    expect(renderHtml(sampleDocument(), { fragment: true })).toMatch(/<h1 class="title"[^>]*>2024年度某市科学技术局决算情况说明<\/h1>/);
  });
});
