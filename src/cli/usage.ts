/** The help text of the juesuan command (Chinese, for users). */
export const USAGE = `决算助手命令行 juesuan

用法：
  juesuan check <决算表.xlsx|文件夹>… [--prior <上年决算表.xlsx>] [--rules <规则包.json>] [--json] [--all] [--jobs N]
                [--report <审核汇总.xlsx|.html>]
      识别各张决算公开表并执行表内、表间、跨年度审核；文件夹中的 .xlsx 文件（含子文件夹）逐一审核。
      --prior   上年度决算表，用于跨年度审核（年初数与上年年末数一致等）
      --rules   本单位自定义规则包（JSON），可新增、替换或停用内置规则，可重复使用
      --json    以 JSON 输出结果
      --all     同时列出通过的审核项
      --prior-any-year  上年决算表不是上一年度时仍与之比较（默认拒绝）
      未给 --prior 时使用工作簿中保存的上年数据；工作簿中保存的规则包、说明和忽略标记一并使用。
      --jobs    同时审核的文件数（默认每 150 个文件 1 个，最多为本机的处理器核数）；输出顺序与文件顺序一致
      --report  写出审核汇总（.xlsx 或 .html）：每个工作簿一行（单位、年度、模板、缺少的表、错误、
                已说明和未说明的警告、无法检查项，以及同名说明文件 .docx/.pdf/.txt/.md/.html 的核对结果），
                另有问题明细和规则统计；进度显示在标准错误输出
      退出码：0 无错误；1 存在错误级问题；2 有文件无法读取或未识别到决算表
  juesuan narrative <决算表.xlsx> [--prior <上年决算表.xlsx>] [--style sichuan|national]
                    [--format text|markdown|html|docx] [--out <文件>] [--percent-decimals N]
                    [--integer-amounts] [--list-zero-items]
      根据决算表起草完整的决算情况说明；未提供的原因和数据以【】占位，并在末尾列出待补充事项。
      工作簿中的“补充信息”工作表（项目 | 内容）提供原因、预算数和表外数据；
      在任务窗格中填写的原因、改写的段落和单位名称、年度、样式设置也会使用（命令行参数优先）。
      --integer-amounts  整数金额不写小数（默认一律两位小数，如 11.00万元）
      --list-zero-items  二、三部分列出为零的收支项目（默认不列）
  juesuan narrative --supplement-template [--out <文件>]
      写出空白的“补充信息”工作表模板。
  juesuan charts <决算表.xlsx> [--prior <上年决算表.xlsx>] --out <目录>
      生成图1至图7（SVG 和 PNG）。
  juesuan verify <报告.docx|.pdf|.txt|.md|.html> --against <决算表.xlsx> [--prior <上年决算表.xlsx>]
                 [--json] [--format text|html] [--out <文件>] [--style sichuan|national]
      对照决算表核对已写好的决算情况说明：金额、比重、增长率、完成率、增减用语、科目名称、
      模板残留和必备内容；无法对应到表内数字的列为“未能核对”。退出码同 check。
  juesuan template --template national|sichuan2021|sichuan2023 --year <年度> [--unit <单位名称>]
                   [--from <上年决算表.xlsx>] [--codes <科目编码,…>] [--rules <规则包.json>] --out <文件>
      写出空白的标准决算表：该模板的全部表格（标题、单位和年度、表头、栏次、科目行），合计和小计为公式
      （填写项级金额后款、类和合计自动更新），表头已锁定（工作表保护，无密码），另附“补充信息”工作表。
      --from    上年决算表：科目行取自上年，本年年初结转和结余取上年年末结转和结余
      --codes   科目编码（类、款、项均可，逗号分隔）；内置名称表没有的科目写成“编码=名称”
      --rules   财政局下发的规则包，保存在工作簿中，任务窗格和命令行审核时一并使用；可重复使用
  juesuan demo [--out <目录>]
      对随附的示例工作簿运行审核，并生成说明（Word、Markdown）和图表，默认写到 demo-out。
  juesuan help
      显示本说明。
`;
