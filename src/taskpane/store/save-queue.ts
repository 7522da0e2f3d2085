/**
 * One queue for every write of the stored-data document: changes run one after the other,
 * each on the document as the previous one left it, so two tabs saving at once never lose
 * each other's edits.
 */
export class SaveQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Run `task` after everything queued before it; its own failure reaches only its caller. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Resolves when everything queued so far has run. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
