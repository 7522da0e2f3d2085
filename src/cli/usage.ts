/** The help text of the juesuan command (Chinese, for users). */
export const USAGE = `决算助手命令行 juesuan

用法：
  juesuan check <决算表.xlsx>… [--prior <上年决算表.xlsx>] [--rules <规则包.json>] [--json] [--all]
      识别各张决算公开表并执行表内、表间、跨年度审核。
      --prior   上年度决算表，用于跨年度审核（年初数与上年年末数一致等）
      --rules   本单位自定义规则包（JSON），可新增、替换或停用内置规则，可重复使用
      --json    以 JSON 输出结果
      --all     同时列出通过的审核项
      退出码：0 无错误；1 存在错误级问题；2 有文件无法读取或未识别到决算表
  juesuan demo [--out <目录>]
      对随附的示例工作簿运行审核。
  juesuan help
      显示本说明。
`;
