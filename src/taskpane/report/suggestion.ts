/**
 * A suggestion as it goes into the sentence: suggestions start with 主要是, which would
 * repeat the lead when the sentence already reads "主要变动原因是".
 * @example fitSuggestion('主要是A增加1万元', '。主要变动原因是') === 'A增加1万元'
 */
export function fitSuggestion(suggestion: string, textBefore: string): string {
  const s = suggestion.trim();
  if (/原因是$/.test(textBefore.trim()) && s.startsWith('主要是')) return s.slice('主要是'.length);
  return s;
}
