import { renderText } from '../../src/render/text';
import { HOSTILE, doc, num, para, section, sampleDocument, text } from './factories';

const IND = '\u3000\u3000';

describe('renderText', () => {
  it('prints title, headings, indented paragraphs and the open items, line by line', () => {
    expect(renderText(sampleDocument()).split('\n')).toEqual([
      '2024年度某市科学技术局决算情况说明',
      '',
      '一、收入支出决算总体情况说明',
      `${IND}2024年度收、支总计17.80万元。与2023年相比，收、支总计各减少2.20万元，下降11%。主要变动原因是【请填写变动原因】。`,
      '五、一般公共预算财政拨款支出决算情况说明',
      '（一）总体情况',
      `${IND}一般公共预算财政拨款支出12.50万元，占本年支出合计的70%。`,
      '（二）结构情况',
      `${IND}用于${HOSTILE}（类）支出3万元；【请补充说明】`,
      '',
      '待补充事项',
      `${IND}1．一、收入支出决算总体情况说明：请填写收、支总计的变动原因（可参考：主要是科学技术支出（类）减少18.44万元；${HOSTILE}）`,
      `${IND}2．（二）结构情况：请补充${HOSTILE}的说明`,
      '',
    ]);
  });

  it('leaves out the open-items list when nothing is open, and prints no chart caption', () => {
    const d = doc([section('一', '一、收入支出决算总体情况说明', 1, [para([text('收入'), num('11', 110000)], { id: '图1', caption: '图1：收、支决算总计变动情况图' })])]);
    expect(renderText(d)).toBe(`2024年度某市科学技术局决算情况说明\n\n一、收入支出决算总体情况说明\n${IND}收入11\n`);
  });

  it('keeps a paragraph on one line when workbook text holds line breaks, and drops control characters', () => {
    const d = doc([section('一', '一、标题', 1, [para([text('甲\r\n乙\n丙\u0007丁')])])]);
    expect(renderText(d).split('\n')[3]).toBe(`${IND}甲 乙 丙丁`);
  });
});
