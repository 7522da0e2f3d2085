interface Waiter<T> {
  tag: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * The writes of the stored-data document, batched. A change is shown in the pane at once; the
 * document is written once the changes have paused for `delayMs`, so a user saving ten
 * explanations in a row costs one write (and, where a write clears Excel's undo stack, one loss
 * of undo rather than ten). Writes never overlap: a change made while one runs goes into the
 * next. `gate` may hold a write back (until the user has read the undo notice).
 */
export class WriteBatch<T> {
  private waiting: Waiter<T>[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    /** Writes the document as it is now; `tags` are those of the requests it answers. */
    private readonly write: (tags: T[]) => Promise<void>,
    private readonly delayMs: number,
    private readonly gate: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Ask for a write; settles when a write that includes every change made so far has run. */
  request(tag: T): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.waiting.push({ tag, resolve, reject }));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    return done;
  }

  /** Write what is waiting now, without the pause; resolves when every write asked for has run. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const batch = this.waiting.splice(0);
    if (batch.length > 0) {
      this.chain = this.chain.then(async () => {
        try {
          await this.gate();
          await this.write(batch.map((w) => w.tag));
          for (const w of batch) w.resolve();
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      });
    }
    return this.chain;
  }
}
