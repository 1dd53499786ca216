/**
 * Has the page changed since Qari read it? A reopen on an unchanged page shows the article already extracted
 * instead of extracting it again (the warm path); any change of the page's own DOM — or of its URL (an SPA's
 * pushState) — means a fresh extraction. Qari's own traces are ignored: the `#qari-root` host coming and going
 * in <body>, and the `inert` it puts on the page's top-level elements. One MutationObserver, disconnected at
 * the first change (after that the answer cannot go back to "unchanged"), so a busy page costs one callback.
 */

function isOwnTrace(record: MutationRecord, rootId: string): boolean {
  if (record.type === 'attributes') return record.attributeName === 'inert';
  if (record.type !== 'childList') return false;
  const ours = (node: Node) => node.nodeType === 1 && (node as Element).id === rootId;
  return [...record.addedNodes, ...record.removedNodes].every(ours);
}

export class PageWatch {
  private observer: MutationObserver | null = null;
  private url = '';
  private changed = true;

  /** `rootId`: the id of Qari's own host element (reader-view.ts `ROOT_ID`). */
  constructor(
    private readonly doc: Document,
    private readonly rootId: string,
  ) {}

  /** Start watching from now (call right after reading the page). */
  reset(): void {
    this.observer?.disconnect();
    const Observer = this.doc.defaultView?.MutationObserver;
    if (!Observer) {
      this.changed = true;
      return;
    }
    this.changed = false;
    this.url = this.doc.URL;
    this.observer = new Observer((records) => this.notice(records));
    this.observer.observe(this.doc, { subtree: true, childList: true, characterData: true, attributes: true });
  }

  /** Whether the page may differ from when `reset` was last called. */
  get dirty(): boolean {
    if (!this.changed && this.observer) this.notice(this.observer.takeRecords());
    return this.changed || this.doc.URL !== this.url;
  }

  private notice(records: MutationRecord[]): void {
    if (this.changed || records.every((record) => isOwnTrace(record, this.rootId))) return;
    this.changed = true;
    this.observer?.disconnect();
    this.observer = null;
  }
}
