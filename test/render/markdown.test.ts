import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown';
import { doc, para, placeholder, sampleDocument, section, text } from './factories';

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleDocument());
  const blocks = md.trimEnd().split('\n\n');

  it('writes the title, level-1 and level-2 headings and paragraphs as separate blocks', () => {
    expect(blocks[0]).toBe('# 2024年度某市科学技术局决算情况说明');
    expect(blocks[1]).toBe('## 一、收入支出决算总体情况说明');
    expect(blocks[3]).toBe('## 五、一般公共预算财政拨款支出决算情况说明');
    expect(blocks[4]).toBe('### （一）总体情况');
    expect(blocks[5]).toBe('一般公共预算财政拨款支出12.50万元，占本年支出合计的70%。');
    expect(blocks[6]).toBe('### （二）结构情况');
    expect(blocks).toHaveLength(10);
  });

  it('bolds placeholders inside their brackets, where CommonMark opens emphasis after a letter', () => {
    expect(blocks[2]).toBe(
      '2024年度收、支总计17.80万元。与2023年相比，收、支总计各减少2.20万元，下降11%。主要变动原因是【**请填写变动原因**】。',
    );
    const bare = renderMarkdown(doc([section('一', '一、标题', 1, [para([placeholder('p', 'reason', '请填写')])])]));
    expect(bare).toContain('\n**请填写**\n');
  });

  it('escapes workbook text so it is neither markup nor raw HTML', () => {
    expect(blocks[7]).toBe('用于\\<script\\>alert(1)\\</script\\> \\& "x"（类）支出3万元；【**请补充说明**】');
    expect(md).not.toContain('<script>');
    expect(escapeMarkdown('a*b_c`d[e]f|g~h#i\\j')).toBe('a\\*b\\_c\\`d\\[e\\]f\\|g\\~h\\#i\\\\j');
  });

  it('ends with the open items as a numbered list with their suggestions', () => {
    expect(blocks[8]).toBe('## 待补充事项');
    expect(blocks[9].split('\n')).toEqual([
      '1. 一、收入支出决算总体情况说明：请填写收、支总计的变动原因（可参考：主要是科学技术支出（类）减少18.44万元；\\<script\\>alert(1)\\</script\\> \\& "x"）',
      '2. （二）结构情况：请补充\\<script\\>alert(1)\\</script\\> \\& "x"的说明',
    ]);
  });

  it('keeps a paragraph that starts like a list or rule from becoming one', () => {
    const d = doc([section('一', '一、标题', 1, [para([text('1.机关运行经费')]), para([text('-5万元')])])]);
    expect(renderMarkdown(d).trimEnd().split('\n\n').slice(2)).toEqual(['1\\.机关运行经费', '\\-5万元']);
  });
});
