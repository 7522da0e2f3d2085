/// <reference lib="dom" />

/** How the report reached the clipboard, or that the user must copy it by hand. */
export type CopyOutcome = 'clipboard' | 'selection' | 'manual';

/** The async clipboard with both formats: Word and WPS paste the HTML with its styles. */
async function writeBoth(html: string, text: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    await navigator.clipboard.write([item]);
    return true;
  } catch {
    // Excel on the web may deny the clipboard API inside the add-in's frame.
    return false;
  }
}

/** The older way: select rendered HTML in a hidden editable element and copy the selection. */
function copySelection(html: string): boolean {
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:600px;opacity:0;';
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const selection = window.getSelection();
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    selection?.removeAllRanges();
    holder.remove();
  }
}

/**
 * Put the report on the clipboard as formatted text (text/html) and plain text: the
 * clipboard API first, then a selection copy; 'manual' when both are blocked and the pane
 * must show the text for Ctrl+C.
 */
export async function copyFormatted(html: string, text: string): Promise<CopyOutcome> {
  if (await writeBoth(html, text)) return 'clipboard';
  if (copySelection(html)) return 'selection';
  return 'manual';
}
