/**
 * A small, fast XML reader for network files: one linear scan builds a minimal DOM
 * (elements, text, attributes, namespaces) with exactly the part of the DOM API that
 * graphology-gexf's and graphology-graphml's parser factories use, so their mapping of
 * GEXF/GraphML onto a graph is kept while @xmldom/xmldom's slow tree is not built (a
 * 4 MB GEXF: xmldom about 0.9 s, this about 0.1 s in Node). Run `checkXml` first: this
 * reader assumes well-formed input and never resolves DTDs or external entities.
 */

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; others stay literal. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** A text or CDATA node. */
export class LiteText {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  parentNode: LiteElement | null = null;
  constructor(public textContent: string) {}
}

export type LiteChild = LiteElement | LiteText;

/** An element: qualified name, attributes in order of appearance, children. */
export class LiteElement {
  readonly nodeType = 1;
  readonly localName: string;
  namespaceURI: string | null = null;
  parentNode: LiteElement | null = null;
  readonly childNodes: LiteChild[] = [];
  constructor(
    /** Qualified name as written, e.g. `viz:position`. */
    readonly tagName: string,
    readonly attributes: Map<string, string> = new Map(),
  ) {
    const colon = tagName.indexOf(':');
    this.localName = colon < 0 ? tagName : tagName.slice(colon + 1);
  }
  get nodeName(): string {
    return this.tagName;
  }
  /** The attribute's value, or null when absent (as the DOM does). */
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  get textContent(): string {
    let out = '';
    for (const child of this.childNodes) out += child.textContent;
    return out;
  }
  /** Descendant elements with this qualified name ('*': all), in document order. */
  getElementsByTagName(name: string): LiteElement[] {
    if (this.childNodes.length === 0) return [];
    const out: LiteElement[] = [];
    collect(this, (e) => name === '*' || e.tagName === name, out);
    return out;
  }
  /** Descendant elements in namespace `ns` with local name `local` ('*' matches any). */
  getElementsByTagNameNS(ns: string | null, local: string): LiteElement[] {
    const out: LiteElement[] = [];
    collect(
      this,
      (e) => (ns === '*' || e.namespaceURI === ns) && (local === '*' || e.localName === local),
      out,
    );
    return out;
  }
  /** Moves `child` here from wherever it was (DOM semantics). */
  appendChild<T extends LiteChild>(child: T): T {
    const from = child.parentNode;
    if (from) {
      const at = from.childNodes.indexOf(child);
      if (at >= 0) from.childNodes.splice(at, 1);
    }
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
}

function collect(root: LiteElement, match: (e: LiteElement) => boolean, out: LiteElement[]) {
  for (const child of root.childNodes) {
    if (child.nodeType !== 1) continue;
    if (match(child)) out.push(child);
    if (child.childNodes.length > 0) collect(child, match, out);
  }
}

/** A parsed document; `getElementsByTagName` on it is answered from an index by name. */
export class LiteDocument {
  readonly nodeType = 9;
  documentElement: LiteElement | null = null;
  /** Every element by qualified name, in document order. */
  readonly byName = new Map<string, LiteElement[]>();
  get childNodes(): LiteChild[] {
    return this.documentElement ? [this.documentElement] : [];
  }
  getElementsByTagName(name: string): LiteElement[] {
    if (name === '*')
      return this.documentElement
        ? [this.documentElement, ...this.documentElement.getElementsByTagName('*')]
        : [];
    return this.byName.get(name) ?? [];
  }
  getElementsByTagNameNS(ns: string | null, local: string): LiteElement[] {
    const root = this.documentElement;
    if (!root) return [];
    const self =
      (ns === '*' || root.namespaceURI === ns) && (local === '*' || root.localName === local);
    return [...(self ? [root] : []), ...root.getElementsByTagNameNS(ns, local)];
  }
  /** A detached element (graphology-graphml collects graph data in one). */
  createElement(name: string): LiteElement {
    return new LiteElement(name);
  }
}

const WHITESPACE = /^\s+$/;
const NAME_CHAR = /[\w.:\-\u00B7-\uFFFF]/;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parses well-formed XML (see `checkXml`) into a LiteDocument. Comments, processing
 * instructions and the DOCTYPE are skipped; CDATA becomes text; attribute values are
 * entity-decoded with tabs and line breaks as spaces (XML attribute normalisation).
 * Throws on input it cannot read as XML (unclosed markup).
 */
export function parseLiteXml(text: string): LiteDocument {
  const doc = new LiteDocument();
  const stack: LiteElement[] = [];
  /** In-scope namespace bindings, one frame per open element (prefix → URI). */
  const scopes: Map<string, string>[] = [new Map([['xml', XML_NS]])];
  const resolve = (prefix: string): string | null => {
    for (let s = scopes.length - 1; s >= 0; s--) {
      const uri = scopes[s]?.get(prefix);
      if (uri !== undefined) return uri === '' ? null : uri;
    }
    return null;
  };
  const append = (node: LiteChild) => {
    const parent = stack[stack.length - 1];
    if (parent) {
      node.parentNode = parent;
      parent.childNodes.push(node);
    }
  };
  let i = 0;
  const length = text.length;
  while (i < length) {
    const open = text.indexOf('<', i);
    const textEnd = open < 0 ? length : open;
    if (textEnd > i && stack.length > 0) {
      const raw = text.slice(i, textEnd);
      // Whitespace between elements is layout, not content: kept only as the whole
      // content of an element (`<data> </data>`), as the DOM would give it there.
      const layout =
        WHITESPACE.test(raw) &&
        ((stack[stack.length - 1]?.childNodes.length ?? 0) > 0 ||
          text.charCodeAt(textEnd + 1) !== 47);
      if (!layout) append(new LiteText(decodeEntities(raw)));
    }
    if (open < 0) break;
    const next = text.charCodeAt(open + 1);
    if (next === 33 /* ! */) {
      if (text.startsWith('<!--', open)) {
        const end = text.indexOf('-->', open + 4);
        if (end < 0) throw new Error('unclosed comment');
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', open)) {
        const end = text.indexOf(']]>', open + 9);
        if (end < 0) throw new Error('unclosed CDATA section');
        if (stack.length > 0) append(new LiteText(text.slice(open + 9, end)));
        i = end + 3;
      } else {
        const end = text.indexOf('>', open);
        if (end < 0) throw new Error('unclosed declaration');
        i = end + 1;
      }
    } else if (next === 63 /* ? */) {
      const end = text.indexOf('?>', open + 2);
      if (end < 0) throw new Error('unclosed processing instruction');
      i = end + 2;
    } else if (next === 47 /* / */) {
      const end = text.indexOf('>', open);
      if (end < 0) throw new Error('unclosed end tag');
      stack.pop();
      scopes.pop();
      i = end + 1;
    } else {
      let k = open + 1;
      while (k < length && NAME_CHAR.test(text.charAt(k))) k++;
      const name = text.slice(open + 1, k);
      if (name === '') throw new Error('a "<" that starts no tag');
      // The tag's end, outside quoted attribute values.
      let quote = 0;
      let end = k;
      for (; end < length; end++) {
        const ch = text.charCodeAt(end);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62 /* > */) break;
      }
      if (end >= length) throw new Error(`unclosed <${name}> tag`);
      const selfClosing = text.charCodeAt(end - 1) === 47;
      const attributes = new Map<string, string>();
      const scope = new Map<string, string>();
      const source = text.slice(k, selfClosing ? end - 1 : end);
      if (source.includes('=')) {
        ATTRIBUTE.lastIndex = 0;
        for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
          const key = m[1] ?? '';
          const value = decodeEntities((m[2] ?? m[3] ?? '').replace(/[\t\n\r]/g, ' '));
          if (!attributes.has(key)) attributes.set(key, value);
          if (key === 'xmlns') scope.set('', value);
          else if (key.startsWith('xmlns:')) scope.set(key.slice(6), value);
        }
      }
      scopes.push(scope);
      const element = new LiteElement(name, attributes);
      const colon = name.indexOf(':');
      element.namespaceURI = resolve(colon < 0 ? '' : name.slice(0, colon));
      if (stack.length === 0) {
        if (doc.documentElement) throw new Error('more than one root element');
        doc.documentElement = element;
      } else append(element);
      const list = doc.byName.get(name);
      if (list) list.push(element);
      else doc.byName.set(name, [element]);
      if (selfClosing) scopes.pop();
      else stack.push(element);
      i = end + 1;
    }
  }
  if (!doc.documentElement) throw new Error('no root element');
  return doc;
}

/** The DOMParser shape graphology's parser factories call: `new P().parseFromString(text)`. */
export class LiteDOMParser {
  parseFromString(text: string): LiteDocument {
    return parseLiteXml(text);
  }
}
