/**
 * Custom XML parts (ExcelApi 1.5): add, getByNamespace, getItem(OrNullObject), getXml,
 * setXml, delete. XML that is not well formed is refused, as Excel refuses it.
 */
import { FakeClientObject, type FakeClientResult, type Source } from './client-object';
import { invalidArgument, itemNotFound, propertyNotLoaded } from './errors';
import { type LoadArg, loadPaths } from './load-options';
import type { CustomXmlPartData } from './model';
import type { FakeContextLike } from './range';

const ENTITY = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** The root element's default namespace; throws InvalidArgument when `xml` is not well formed. */
export function rootNamespace(xml: string): string {
  const body = xml
    .replace(/^\uFEFF?\s*<\?xml[^?]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const stack: string[] = [];
  let root: string | undefined;
  let namespace = '';
  for (const m of body.matchAll(/<[^<>]*>|[^<>]+|[<>]/g)) {
    const token = m[0];
    if (!token.startsWith('<') || token === '<') {
      if (token === '<' || token === '>' || ENTITY.test(token)) throw invalidArgument('XML is not well formed');
      if (stack.length === 0 && token.trim() !== '') throw invalidArgument('text outside the root element');
      continue;
    }
    const close = /^<\/([\w:.-]+)\s*>$/.exec(token);
    if (close) {
      if (stack.pop() !== close[1]) throw invalidArgument('mismatched end tag');
      continue;
    }
    const open = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>$/.exec(token);
    if (!open || ENTITY.test(open[2])) throw invalidArgument('bad start tag');
    if (stack.length === 0) {
      if (root !== undefined) throw invalidArgument('more than one root element');
      root = open[1];
      namespace = /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(open[2])?.slice(1).find((x) => x !== undefined) ?? '';
    }
    if (!open[3]) stack.push(open[1]);
  }
  if (root === undefined || stack.length > 0) throw invalidArgument('XML is not well formed');
  return namespace;
}

export class FakeCustomXmlPart extends FakeClientObject<CustomXmlPartData> {
  protected readonly scalars = ['id', 'namespaceUri'];

  constructor(
    override readonly context: FakeContextLike,
    source: Source<CustomXmlPartData>,
  ) {
    super(context, source);
  }

  protected read(part: CustomXmlPartData, name: string): unknown {
    return part[name as 'id' | 'namespaceUri'];
  }

  get id(): string {
    return this.prop('id');
  }
  get namespaceUri(): string {
    return this.prop('namespaceUri');
  }

  getXml(): FakeClientResult<string> {
    return this.result({ op: 'getXml' }, (part) => {
      if (!this.context.model.customXmlParts.includes(part)) throw itemNotFound('custom XML part was deleted');
      return part.xml;
    });
  }

  setXml(xml: string): void {
    this.act({ op: 'setXml', xml }, (part) => {
      part.namespaceUri = rootNamespace(xml);
      part.xml = xml;
    });
  }

  delete(): void {
    this.act({ op: 'delete' }, (part) => {
      const parts = this.context.model.customXmlParts;
      const at = parts.indexOf(part);
      if (at >= 0) parts.splice(at, 1);
    });
  }
}

/** Shared by the workbook's collection and the scoped one from getByNamespace. */
abstract class PartList extends FakeClientObject<CustomXmlPartData[]> {
  protected readonly scalars: string[] = [];
  private loadedItems: FakeCustomXmlPart[] | undefined = undefined;

  constructor(
    override readonly context: FakeContextLike,
    source: Source<CustomXmlPartData[]>,
  ) {
    super(context, source);
  }

  protected read(): unknown {
    return undefined;
  }

  get items(): FakeCustomXmlPart[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  override load(arg?: LoadArg): this {
    const names = loadPaths(arg).map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    for (const n of names) if (n !== 'id' && n !== 'namespaceUri') throw invalidArgument(`CustomXmlPart has no loadable property ${n}`);
    const props = names.length ? names : ['id', 'namespaceUri'];
    this.context.enqueue({ op: 'load', type: 'CustomXmlParts', props }, () => {
      const parts = [...this.need()];
      const data = parts.map((p) => Object.fromEntries(props.map((k) => [k, p[k as 'id']])));
      return {
        response: data,
        commit: () => {
          this.loadedItems = parts.map((p, i) => {
            const item = new FakeCustomXmlPart(this.context, { ready: p });
            for (const [k, v] of Object.entries(data[i])) (item as unknown as { loaded: Map<string, unknown> }).loaded.set(k, v);
            return item;
          });
        },
      };
    });
    return this;
  }

  private part(op: string, find: (parts: CustomXmlPartData[]) => CustomXmlPartData | null): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, { op: { op }, resolve: () => find(this.need()) });
  }

  getItem(id: string): FakeCustomXmlPart {
    return this.part('getItem', (parts) => {
      const found = parts.find((p) => p.id === id);
      if (!found) throw itemNotFound(`custom XML part ${id}`);
      return found;
    });
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return this.part('getItemOrNullObject', (parts) => parts.find((p) => p.id === id) ?? null);
  }

  getCount(): FakeClientResult<number> {
    return this.result({ op: 'getCount' }, (parts) => parts.length);
  }
}

export class FakeCustomXmlPartScopedCollection extends PartList {
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, { op: { op: 'getOnlyItemOrNullObject' }, resolve: () => (this.need().length === 1 ? this.need()[0] : null) });
  }
}

export class FakeCustomXmlPartCollection extends PartList {
  constructor(override readonly context: FakeContextLike) {
    super(context, { op: { op: 'customXmlParts' }, resolve: () => context.model.customXmlParts });
    context.requireApi('1.5', 'Workbook.customXmlParts');
  }

  add(xml: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, {
      op: { op: 'add', xml },
      resolve: () => {
        const part = { id: this.context.model.newPartId(), namespaceUri: rootNamespace(xml), xml };
        this.context.model.customXmlParts.push(part);
        return part;
      },
    });
  }

  /** The parts whose root element is in `namespaceUri`, as they are when the sync runs. */
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, {
      op: { op: 'getByNamespace', namespaceUri },
      resolve: () => this.context.model.customXmlParts.filter((p) => p.namespaceUri === namespaceUri),
    });
  }
}
