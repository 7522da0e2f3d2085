/**
 * What every host says when the stored-data document cannot be read or written: the same
 * words in Excel and in WPS. `why` is the host's own reason, already in plain words.
 */
export function storedUnreadableMessage(file: string, why: string): string {
  return `工作簿“${file}”中保存的决算助手数据无法读取（${why}）。可以继续审核，但保存时会覆盖原有内容。`;
}

export function storedUnsavedMessage(file: string, why: string): string {
  return `无法把决算助手数据保存到工作簿“${file}”（${why}）。请确认工作簿未以只读方式打开后重试。`;
}
