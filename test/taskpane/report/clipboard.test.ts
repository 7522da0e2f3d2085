/** The clipboard fallback order (clipboard.ts): clipboard API, then a selection copy, then by hand. */
import { copyFormatted } from '../../../src/taskpane/report/clipboard';

interface Stage {
  clipboardApi: 'missing' | 'denied' | 'works';
  execCommand: 'throws' | false | true;
}

/** Browser globals with each way of copying working or not; records what was tried. */
function browser(stage: Stage): { tried: string[]; restore: () => void } {
  const g = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(['navigator', 'ClipboardItem', 'document', 'window'].map((k) => [k, Object.getOwnPropertyDescriptor(g, k)]));
  const tried: string[] = [];
  const define = (k: string, v: unknown) => Object.defineProperty(g, k, { value: v, configurable: true, writable: true });
  if (stage.clipboardApi === 'missing') {
    define('navigator', {});
    define('ClipboardItem', undefined);
  } else {
    define('ClipboardItem', class {
      constructor(readonly parts: Record<string, Blob>) {}
    });
    define('navigator', {
      clipboard: {
        write: async (items: { parts: Record<string, Blob> }[]) => {
          tried.push(`clipboard.write ${Object.keys(items[0].parts).join('+')}`);
          // Excel on the web may deny the clipboard API in the add-in's frame.
          if (stage.clipboardApi === 'denied') throw new DOMException('Write permission denied.', 'NotAllowedError');
        },
      },
    });
  }
  define('document', {
    body: { appendChild: () => undefined },
    createElement: () => ({ style: {}, setAttribute: () => undefined, remove: () => undefined, innerHTML: '' }),
    createRange: () => ({ selectNodeContents: () => undefined }),
    execCommand: (command: string) => {
      tried.push(`execCommand ${command}`);
      if (stage.execCommand === 'throws') throw new Error('not allowed');
      return stage.execCommand;
    },
  });
  define('window', { getSelection: () => ({ removeAllRanges: () => undefined, addRange: () => undefined }) });
  return {
    tried,
    restore: () => {
      for (const [k, d] of Object.entries(saved)) {
        if (d) Object.defineProperty(g, k, d);
        else delete g[k];
      }
    },
  };
}

async function copyWith(stage: Stage): Promise<{ outcome: string; tried: string[] }> {
  const b = browser(stage);
  try {
    return { outcome: await copyFormatted('<p>说明</p>', '说明'), tried: b.tried };
  } finally {
    b.restore();
  }
}

describe('copyFormatted fallback order', () => {
  it('uses the clipboard API with HTML and plain text when it works, nothing else', async () => {
    expect(await copyWith({ clipboardApi: 'works', execCommand: true })).toEqual({ outcome: 'clipboard', tried: ['clipboard.write text/html+text/plain'] });
  });

  it('falls back to a selection copy when the clipboard API is denied (Excel on the web) or missing', async () => {
    expect(await copyWith({ clipboardApi: 'denied', execCommand: true })).toEqual({ outcome: 'selection', tried: ['clipboard.write text/html+text/plain', 'execCommand copy'] });
    expect(await copyWith({ clipboardApi: 'missing', execCommand: true })).toEqual({ outcome: 'selection', tried: ['execCommand copy'] });
  });

  it('asks for a manual copy when the selection copy fails too', async () => {
    expect(await copyWith({ clipboardApi: 'denied', execCommand: false })).toEqual({ outcome: 'manual', tried: ['clipboard.write text/html+text/plain', 'execCommand copy'] });
    expect(await copyWith({ clipboardApi: 'missing', execCommand: 'throws' })).toEqual({ outcome: 'manual', tried: ['execCommand copy'] });
  });
});
