// svg-dom/: the small DOM that Observable Plot renders into at build time.
/**
 * A small DOM for rendering Observable Plot charts to SVG strings at build time. It implements what
 * Plot 0.6.17, d3-selection and render.ts use when Plot is given `document:`, and serializes
 * byte-for-byte like linkedom's HTML document did (render.ts's snapshots were made with linkedom):
 * attributes in reverse order of creation, attribute values escaping only `"`, text escaping
 * `<>&` and U+00A0, empty SVG elements self-closing as ` />`.
 *
 * Anything outside that (layout, events, canvas, HTML parsing, unknown selectors) throws
 * UnsupportedDomError, so a caller can render that chart with a full DOM instead.
 */

export class UnsupportedDomError extends Error {
  constructor(feature: string) {
    super(`svg-dom does not support ${feature}`);
    this.name = 'UnsupportedDomError';
  }
}

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

// linkedom's lists: the HTML void elements, the attributes printed bare when empty (and dropped
// when id, class or style), and HTML elements whose text is written unescaped.
const VOID_ELEMENTS = /^(?:area|base|br|col|embed|hr|img|input|keygen|link|menuitem|meta|param|source|track|wbr)$/i;
const EMPTY_ATTRIBUTES = /^(?:allowfullscreen|allowpaymentrequest|async|autofocus|autoplay|checked|class|contenteditable|controls|default|defer|disabled|draggable|formnovalidate|hidden|id|ismap|itemscope|loop|multiple|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|selected|style|truespeed)$/;
const DROPPED_WHEN_EMPTY = /^(?:id|class|style)$/;
const RAW_TEXT_ELEMENTS = /^(?:script|style|textarea|title)$/i;

const TEXT_SPECIAL = /[<>&\xA0]/;
const TEXT_SPECIAL_ALL = /[<>&\xA0]/g;
const TEXT_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '\xA0': '&#160;' };

function escapeText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIAL_ALL, (c) => TEXT_ENTITIES[c] ?? c) : s;
}

/** Attribute values in an HTML document: linkedom escapes only the quote. */
function escapeAttribute(s: string): string {
  return s.includes('"') ? s.replace(/"/g, '&quot;') : s;
}

/** "a  b a" → "a b", as a DOMTokenList writes it back. */
function normalizeClass(value: string): string {
  if (!/\s/.test(value)) return value;
  return [...new Set(value.split(/\s+/).filter(Boolean))].join(' ');
}

/** fontSize → font-size, as linkedom (uhyphen) maps style property names. */
function hyphenate(name: string): string {
  return name.replace(/(([A-Z0-9])([A-Z0-9][a-z]))|(([a-z0-9]+)([A-Z]))/g, '$2$5-$3$6').toLowerCase();
}

type Child = DomElement | DomText;

export abstract class DomNode {
  static readonly ELEMENT_NODE = ELEMENT_NODE;
  static readonly TEXT_NODE = TEXT_NODE;
  static readonly DOCUMENT_NODE = DOCUMENT_NODE;
  static readonly DOCUMENT_FRAGMENT_NODE = DOCUMENT_FRAGMENT_NODE;

  parentNode: DomParent | null = null;
  previousSibling: Child | null = null;
  nextSibling: Child | null = null;

  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
  abstract get textContent(): string | null;
  abstract set textContent(value: string | number | null);

  get parentElement(): DomElement | null {
    return this.parentNode instanceof DomElement ? this.parentNode : null;
  }

  get isConnected(): boolean {
    let n: DomNode | null = this;
    while (n.parentNode) n = n.parentNode;
    return n instanceof DomDocument;
  }

  get nextElementSibling(): DomElement | null {
    let n = this.nextSibling;
    while (n && !(n instanceof DomElement)) n = n.nextSibling;
    return n;
  }

  get previousElementSibling(): DomElement | null {
    let n = this.previousSibling;
    while (n && !(n instanceof DomElement)) n = n.previousSibling;
    return n;
  }

  contains(other: DomNode | null): boolean {
    for (let n = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }

  compareDocumentPosition(other: DomNode): number {
    if (other === this) return 0;
    const up = (n: DomNode): DomNode[] => {
      const path: DomNode[] = [];
      for (let p: DomNode | null = n; p; p = p.parentNode) path.unshift(p);
      return path;
    };
    const a = up(this);
    const b = up(other);
    if (a[0] !== b[0]) return 1 | 32; // DISCONNECTED | IMPLEMENTATION_SPECIFIC
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (i === a.length) return 16 | 4; // other is inside this: CONTAINED_BY | FOLLOWING
    if (i === b.length) return 8 | 2; // this is inside other: CONTAINS | PRECEDING
    for (let n = a[i]?.nextSibling; n; n = n.nextSibling) if (n === b[i]) return 4;
    return 2;
  }

  /** Removes this node from its parent; siblings are relinked. */
  remove(): void {
    const parent = this.parentNode;
    if (!parent) return;
    const self = this as DomNode as Child;
    if (self.previousSibling) self.previousSibling.nextSibling = self.nextSibling;
    else parent.firstChild = self.nextSibling;
    if (self.nextSibling) self.nextSibling.previousSibling = self.previousSibling;
    else parent.lastChild = self.previousSibling;
    self.parentNode = self.previousSibling = self.nextSibling = null;
  }

  before(...nodes: (DomNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    let prev = this.previousSibling;
    while (prev && nodes.includes(prev)) prev = prev.previousSibling;
    const fragment = fragmentOf(this.doc(), nodes);
    parent.insertBefore(fragment, prev ? prev.nextSibling : parent.firstChild);
  }

  after(...nodes: (DomNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    let next = this.nextSibling;
    while (next && nodes.includes(next)) next = next.nextSibling;
    parent.insertBefore(fragmentOf(this.doc(), nodes), next);
  }

  replaceWith(...nodes: (DomNode | string)[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    let next = this.nextSibling;
    while (next && nodes.includes(next)) next = next.nextSibling;
    const fragment = fragmentOf(this.doc(), nodes);
    if (this.parentNode === parent) this.remove();
    parent.insertBefore(fragment, next);
  }

  addEventListener(): void {
    // Nothing is dispatched at build time; Plot's pointer interactions register listeners anyway.
  }

  removeEventListener(): void {}

  dispatchEvent(): never {
    throw new UnsupportedDomError('events');
  }

  abstract cloneNode(deep?: boolean): DomNode;
  protected abstract doc(): DomDocument;
  /** Serialization (outerHTML). */
  abstract toString(): string;
}

function fragmentOf(doc: DomDocument, nodes: readonly (DomNode | string)[]): DomFragment {
  const fragment = new DomFragment(doc);
  for (const n of nodes) fragment.appendChild(typeof n === 'string' ? new DomText(doc, n) : n);
  return fragment;
}

export abstract class DomParent extends DomNode {
  firstChild: Child | null = null;
  lastChild: Child | null = null;

  get childNodes(): Child[] {
    const out: Child[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  }

  get children(): DomElement[] {
    const out: DomElement[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) if (n instanceof DomElement) out.push(n);
    return out;
  }

  get childElementCount(): number {
    return this.children.length;
  }

  get firstElementChild(): DomElement | null {
    let n = this.firstChild;
    while (n && !(n instanceof DomElement)) n = n.nextSibling;
    return n;
  }

  get lastElementChild(): DomElement | null {
    let n = this.lastChild;
    while (n && !(n instanceof DomElement)) n = n.previousSibling;
    return n;
  }

  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }

  get textContent(): string | null {
    let s = '';
    for (let n = this.firstChild; n; n = n.nextSibling) s += n.textContent ?? '';
    return s;
  }

  set textContent(value: string | number | null) {
    this.removeChildren();
    // As linkedom: null and '' leave no text node behind.
    if (value != null && value !== '') this.appendChild(new DomText(this.doc(), String(value)));
  }

  appendChild<T extends DomNode>(node: T): T {
    return this.insertBefore(node, null);
  }

  insertBefore<T extends DomNode>(node: T, ref: DomNode | null): T {
    if (ref !== null && ref.parentNode !== this) throw new Error('insertBefore: the reference node is not a child of this node');
    if (node instanceof DomFragment) {
      let n = node.firstChild;
      while (n) {
        const next = n.nextSibling;
        this.insertBefore(n, ref);
        n = next;
      }
      return node;
    }
    if (!(node instanceof DomElement || node instanceof DomText)) throw new Error('insertBefore: only elements and text can be inserted');
    if (node.contains(this)) throw new Error('insertBefore: a node cannot be inserted into itself');
    if (node === ref) ref = node.nextSibling;
    node.remove();
    const before = ref as Child | null;
    const prev = before ? before.previousSibling : this.lastChild;
    node.parentNode = this;
    node.previousSibling = prev;
    node.nextSibling = before;
    if (prev) prev.nextSibling = node;
    else this.firstChild = node;
    if (before) before.previousSibling = node;
    else this.lastChild = node;
    return node;
  }

  removeChild<T extends DomNode>(node: T): T {
    if (node.parentNode !== this) throw new Error('removeChild: not a child of this node');
    node.remove();
    return node;
  }

  replaceChild<T extends DomNode>(node: DomNode, old: T): T {
    if (old.parentNode !== this) throw new Error('replaceChild: not a child of this node');
    if (node !== old) {
      this.insertBefore(node, old);
      old.remove();
    }
    return old;
  }

  append(...nodes: (DomNode | string)[]): void {
    this.insertBefore(fragmentOf(this.doc(), nodes), null);
  }

  prepend(...nodes: (DomNode | string)[]): void {
    this.insertBefore(fragmentOf(this.doc(), nodes), this.firstChild);
  }

  replaceChildren(...nodes: (DomNode | string)[]): void {
    const fragment = fragmentOf(this.doc(), nodes);
    this.removeChildren();
    this.appendChild(fragment);
  }

  protected removeChildren(): void {
    let n = this.firstChild;
    while (n) {
      const next = n.nextSibling;
      n.parentNode = n.previousSibling = n.nextSibling = null;
      n = next;
    }
    this.firstChild = this.lastChild = null;
  }

  querySelector(selector: string): DomElement | null {
    const test = compileSelector(selector);
    let found: DomElement | null = null;
    walkElements(this, (el) => {
      if (!test(el)) return false;
      found = el;
      return true;
    });
    return found;
  }

  querySelectorAll(selector: string): DomElement[] {
    const test = compileSelector(selector);
    const out: DomElement[] = [];
    walkElements(this, (el) => {
      if (test(el)) out.push(el);
      return false;
    });
    return out;
  }

  getElementsByTagName(name: string): DomElement[] {
    const lower = name.toLowerCase();
    const out: DomElement[] = [];
    walkElements(this, (el) => {
      if (name === '*' || el.localName.toLowerCase() === lower) out.push(el);
      return false;
    });
    return out;
  }

  /** Serialized children (innerHTML). */
  protected childrenHtml(): string {
    let s = '';
    for (let n = this.firstChild; n; n = n.nextSibling) s += n.toString();
    return s;
  }
}

/** Visits the descendant elements of `root` in document order until `visit` returns true. */
function walkElements(root: DomParent, visit: (el: DomElement) => boolean): void {
  let n: DomNode | null = root.firstChild;
  while (n && n !== root) {
    if (n instanceof DomElement) {
      if (visit(n)) return;
      if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (!n || n === root) return;
    n = n.nextSibling;
  }
}

export class DomText extends DomNode {
  readonly nodeType = TEXT_NODE;
  readonly nodeName = '#text';
  readonly ownerDocument: DomDocument;
  data: string;

  constructor(ownerDocument: DomDocument, data: string) {
    super();
    this.ownerDocument = ownerDocument;
    this.data = data;
  }

  get textContent(): string {
    return this.data;
  }

  set textContent(value: string | number | null) {
    this.data = String(value ?? '');
  }

  get nodeValue(): string {
    return this.data;
  }

  set nodeValue(value: string) {
    this.data = String(value);
  }

  get length(): number {
    return this.data.length;
  }

  cloneNode(): DomText {
    return new DomText(this.ownerDocument, this.data);
  }

  protected doc(): DomDocument {
    return this.ownerDocument;
  }

  toString(): string {
    return escapeText(this.data);
  }
}

export class DomFragment extends DomParent {
  readonly nodeType = DOCUMENT_FRAGMENT_NODE;
  readonly nodeName = '#document-fragment';
  readonly ownerDocument: DomDocument;

  constructor(ownerDocument: DomDocument) {
    super();
    this.ownerDocument = ownerDocument;
  }

  cloneNode(deep = false): DomFragment {
    const copy = new DomFragment(this.ownerDocument);
    if (deep) for (let n = this.firstChild; n; n = n.nextSibling) copy.appendChild(n.cloneNode(true));
    return copy;
  }

  protected doc(): DomDocument {
    return this.ownerDocument;
  }

  toString(): string {
    return this.childrenHtml();
  }
}

export class DomElement extends DomParent {
  readonly nodeType = ELEMENT_NODE;
  readonly ownerDocument: DomDocument;
  readonly namespaceURI: string;
  readonly localName: string;
  /** Created in the SVG namespace: serialized self-closing when empty. */
  private readonly svg: boolean;
  // Attributes in order of creation; serialized last-created first, as linkedom does.
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];
  private styleDecl: StyleDeclaration | null = null;
  private styleProxy: StyleDeclaration | null = null;

  constructor(ownerDocument: DomDocument, namespaceURI: string, localName: string) {
    super();
    this.ownerDocument = ownerDocument;
    this.namespaceURI = namespaceURI;
    this.localName = localName;
    this.svg = namespaceURI === SVG_NS;
  }

  // As in browsers, SVG names keep their case (linkedom upper-cases them); Plot only compares
  // tagName with "svg" for nested facet SVGs.
  get tagName(): string {
    return this.svg ? this.localName : this.localName.toUpperCase();
  }

  get nodeName(): string {
    return this.tagName;
  }

  protected doc(): DomDocument {
    return this.ownerDocument;
  }

  // <attributes>
  getAttribute(name: string): string | null {
    const i = this.attrNames.indexOf(name);
    return i < 0 ? null : (this.attrValues[i] ?? null);
  }

  setAttribute(name: string, value: unknown): void {
    let v = String(value);
    if (name === 'class') v = normalizeClass(v);
    const i = this.attrNames.indexOf(name);
    if (i < 0) {
      this.attrNames.push(name);
      this.attrValues.push(v);
    } else {
      this.attrValues[i] = v;
    }
    if (name === 'style' && this.styleDecl) this.styleDecl.stale = true;
  }

  removeAttribute(name: string): void {
    const i = this.attrNames.indexOf(name);
    if (i >= 0) {
      this.attrNames.splice(i, 1);
      this.attrValues.splice(i, 1);
    }
    if (name === 'style' && this.styleDecl) this.styleDecl.stale = true;
  }

  hasAttribute(name: string): boolean {
    return this.attrNames.includes(name);
  }

  hasAttributes(): boolean {
    return this.attrNames.length > 0;
  }

  toggleAttribute(name: string, force?: boolean): boolean {
    const has = this.hasAttribute(name);
    if (has && force !== true) this.removeAttribute(name);
    else if (!has && force !== false) this.setAttribute(name, '');
    return this.hasAttribute(name);
  }

  // linkedom ignores attribute namespaces: setAttributeNS(xlink, "href", v) writes href="v".
  getAttributeNS(_ns: string | null, name: string): string | null {
    return this.getAttribute(name);
  }

  setAttributeNS(_ns: string | null, name: string, value: unknown): void {
    this.setAttribute(name, value);
  }

  removeAttributeNS(_ns: string | null, name: string): void {
    this.removeAttribute(name);
  }

  hasAttributeNS(_ns: string | null, name: string): boolean {
    return this.hasAttribute(name);
  }

  /** Names in serialization order. */
  getAttributeNames(): string[] {
    return [...this.attrNames].reverse();
  }

  /** Name/value pairs in serialization order. */
  get attributes(): { name: string; value: string }[] {
    return this.getAttributeNames().map((name) => ({ name, value: this.getAttribute(name) ?? '' }));
  }

  get id(): string {
    return this.getAttribute('id') ?? '';
  }

  set id(value: string) {
    this.setAttribute('id', value);
  }

  get className(): string | { baseVal: string; animVal: string } {
    const value = this.getAttribute('class') ?? '';
    return this.svg ? { baseVal: value, animVal: value } : value;
  }

  set className(value: string) {
    this.setAttribute('class', value);
  }

  get classList(): ClassList {
    return new ClassList(this);
  }

  get style(): StyleDeclaration {
    if (!this.styleProxy) {
      this.styleDecl = new StyleDeclaration(this);
      this.styleProxy = new Proxy(this.styleDecl, STYLE_PROXY);
    }
    return this.styleProxy;
  }

  set style(value: string | StyleDeclaration) {
    this.setAttribute('style', String(value));
  }
  // </attributes>

  matches(selector: string): boolean {
    return compileSelector(selector)(this);
  }

  closest(selector: string): DomElement | null {
    const test = compileSelector(selector);
    for (let n: DomNode | null = this; n instanceof DomElement; n = n.parentNode) if (test(n)) return n;
    return null;
  }

  get innerHTML(): string {
    return RAW_TEXT_ELEMENTS.test(this.localName) && !this.svg ? (this.textContent ?? '') : this.childrenHtml();
  }

  set innerHTML(html: string) {
    if (html !== '') throw new UnsupportedDomError('parsing HTML (innerHTML)');
    this.removeChildren();
  }

  get outerHTML(): string {
    return this.toString();
  }

  cloneNode(deep = false): DomElement {
    const copy = new DomElement(this.ownerDocument, this.namespaceURI, this.localName);
    copy.attrNames.push(...this.attrNames);
    copy.attrValues.push(...this.attrValues);
    if (deep) for (let n = this.firstChild; n; n = n.nextSibling) copy.appendChild(n.cloneNode(true));
    return copy;
  }

  // Layout needs a renderer; Plot only measures in the browser (tip marks, after insertion).
  getBBox(): never {
    throw new UnsupportedDomError('getBBox');
  }

  getComputedTextLength(): never {
    throw new UnsupportedDomError('getComputedTextLength');
  }

  toString(): string {
    const name = this.localName;
    let s = '<' + name;
    const names = this.attrNames;
    const values = this.attrValues;
    for (let i = names.length - 1; i >= 0; i--) {
      const n = names[i] as string;
      const v = values[i] as string;
      if (v === '' && EMPTY_ATTRIBUTES.test(n)) {
        if (!DROPPED_WHEN_EMPTY.test(n)) s += ' ' + n;
      } else {
        s += ' ' + n + '="' + escapeAttribute(v) + '"';
      }
    }
    if (!this.svg && RAW_TEXT_ELEMENTS.test(name)) return s + '>' + (this.textContent ?? '') + '</' + name + '>';
    if (this.firstChild === null) {
      if (this.svg) return s + ' />';
      return VOID_ELEMENTS.test(name) ? s + '>' : s + '></' + name + '>';
    }
    return s + '>' + this.childrenHtml() + '</' + name + '>';
  }
}

/** element.classList, read from and written to the class attribute. */
export class ClassList {
  private readonly element: DomElement;

  constructor(element: DomElement) {
    this.element = element;
  }

  private tokens(): string[] {
    const value = this.element.getAttribute('class');
    return value ? value.split(' ') : [];
  }

  get value(): string {
    return this.element.getAttribute('class') ?? '';
  }

  get length(): number {
    return this.tokens().length;
  }

  contains(token: string): boolean {
    return this.tokens().includes(token);
  }

  add(...tokens: string[]): void {
    this.element.setAttribute('class', [...this.tokens(), ...tokens].join(' '));
  }

  remove(...tokens: string[]): void {
    this.element.setAttribute('class', this.tokens().filter((t) => !tokens.includes(t)).join(' '));
  }

  toggle(token: string, force?: boolean): boolean {
    const on = force ?? !this.contains(token);
    if (on) this.add(token);
    else this.remove(token);
    return on;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.tokens()[Symbol.iterator]();
  }
}

/**
 * element.style, kept in the style attribute as linkedom writes it: "name:value" pairs joined by
 * ";" in order of first setting. Camel-case properties (style.fontSize) go through STYLE_PROXY.
 */
export class StyleDeclaration {
  /** Set when the style attribute was written directly; the properties are re-read from it. */
  stale = true;
  private readonly props = new Map<string, string>();
  private readonly element: DomElement;

  constructor(element: DomElement) {
    this.element = element;
  }

  private sync(): void {
    if (!this.stale) return;
    this.stale = false;
    this.props.clear();
    const attr = this.element.getAttribute('style');
    if (attr === null) return;
    for (const rule of attr.split(/\s*;\s*/)) {
      const [key = '', ...rest] = rule.split(':');
      if (rest.length === 0) continue;
      const name = key.trim();
      const value = rest.join(':').trim();
      if (name && value) this.props.set(name, value);
    }
  }

  private write(): void {
    let s = '';
    for (const [k, v] of this.props) s += (s ? ';' : '') + k + ':' + v;
    this.element.setAttribute('style', s);
    this.stale = false;
  }

  getPropertyValue(name: string): string {
    this.sync();
    return this.props.get(hyphenate(name)) ?? '';
  }

  /** Priority is ignored, as in linkedom. */
  setProperty(name: string, value: unknown): void {
    this.sync();
    const key = hyphenate(name);
    if (value == null) this.props.delete(key);
    else this.props.set(key, String(value));
    // linkedom creates the attribute even when removing from an empty style (it prints nothing).
    this.write();
  }

  removeProperty(name: string): string {
    const old = this.getPropertyValue(name);
    this.setProperty(name, null);
    return old;
  }

  get length(): number {
    this.sync();
    return this.props.size;
  }

  item(i: number): string {
    this.sync();
    return [...this.props.keys()][i] ?? '';
  }

  get cssText(): string {
    this.sync();
    return this.element.getAttribute('style') ?? '';
  }

  set cssText(value: string) {
    this.element.setAttribute('style', value);
  }

  toString(): string {
    return this.cssText;
  }
}

const STYLE_PROXY: ProxyHandler<StyleDeclaration> = {
  get(target, prop, receiver) {
    if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver) as unknown;
    if (/^\d+$/.test(prop)) return target.item(Number(prop));
    return target.getPropertyValue(prop);
  },
  set(target, prop, value, receiver) {
    if (typeof prop === 'symbol' || prop in target) return Reflect.set(target, prop, value, receiver);
    target.setProperty(prop, value);
    return true;
  },
};

export class DomDocument extends DomParent {
  readonly nodeType = DOCUMENT_NODE;
  readonly nodeName = '#document';
  readonly ownerDocument = null;
  readonly documentElement: DomElement;

  constructor() {
    super();
    this.documentElement = this.createElementNS(XHTML_NS, 'html');
    this.documentElement.append(this.createElement('head'), this.createElement('body'));
    this.appendChild(this.documentElement);
  }

  get head(): DomElement | null {
    return this.documentElement.firstElementChild;
  }

  get body(): DomElement | null {
    return this.documentElement.lastElementChild;
  }

  /** No window: d3 reads computed styles and Plot dispatches events through it, neither at build time. */
  get defaultView(): never {
    throw new UnsupportedDomError('defaultView');
  }

  createElement(localName: string): DomElement {
    if (localName === 'canvas') throw new UnsupportedDomError('canvas');
    return new DomElement(this, XHTML_NS, localName);
  }

  createElementNS(namespaceURI: string | null, qualifiedName: string): DomElement {
    if (namespaceURI === SVG_NS) return new DomElement(this, SVG_NS, qualifiedName);
    return this.createElement(qualifiedName);
  }

  createTextNode(data: unknown): DomText {
    return new DomText(this, String(data));
  }

  createDocumentFragment(): DomFragment {
    return new DomFragment(this);
  }

  cloneNode(): never {
    throw new UnsupportedDomError('cloning a document');
  }

  protected doc(): DomDocument {
    return this;
  }

  override get textContent(): null {
    return null;
  }

  override set textContent(_value: string | number | null) {}

  toString(): string {
    return this.childrenHtml();
  }
}

export function createDocument(): DomDocument {
  return new DomDocument();
}

// <selectors>
// Compound selectors (tag, *, #id, .class, [attr], [attr=v], [attr~=v], [attr^=v], [attr$=v],
// [attr*=v], [attr|=v]) joined by descendant or child combinators, in comma-separated groups.

type Test = (el: DomElement) => boolean;

const selectorCache = /* @__PURE__ */ new Map<string, Test>();

function compileSelector(selector: string): Test {
  let test = selectorCache.get(selector);
  if (!test) {
    test = parseSelector(selector);
    selectorCache.set(selector, test);
  }
  return test;
}

const TYPE = /\*|[a-zA-Z][\w-]*/y;
const ID = /#([\w-]+)/y;
const CLASS = /\.([\w-]+)/y;
const ATTR = /\[\s*([^\s~|^$*=\]]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*)?\]/y;
const COMBINATOR = /\s*([>,])\s*|\s+/y;

function attrTest(name: string, op: string | undefined, expected: string): Test {
  const check = (v: string): boolean => {
    switch (op) {
      case '=': return v === expected;
      case '~=': return v.split(/\s+/).includes(expected);
      case '^=': return expected !== '' && v.startsWith(expected);
      case '$=': return expected !== '' && v.endsWith(expected);
      case '*=': return expected !== '' && v.includes(expected);
      case '|=': return v === expected || v.startsWith(expected + '-');
      default: return true;
    }
  };
  return (el) => {
    const v = el.getAttribute(name);
    return v !== null && check(v);
  };
}

function parseSelector(selector: string): Test {
  const groups: Test[] = [];
  let compounds: Test[] = [];
  let combinators: string[] = [];
  let tests: Test[] = [];
  let pos = 0;
  const s = selector.trim();
  const match = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (m) pos = re.lastIndex;
    return m;
  };
  const endCompound = () => {
    if (tests.length === 0) throw new UnsupportedDomError(`selector "${selector}"`);
    const ts = tests;
    compounds.push(ts.length === 1 ? (ts[0] as Test) : (el) => ts.every((t) => t(el)));
    tests = [];
  };
  const endGroup = () => {
    endCompound();
    groups.push(chain(compounds, combinators));
    compounds = [];
    combinators = [];
  };
  while (pos < s.length) {
    let m: RegExpExecArray | null;
    if (tests.length === 0 && (m = match(TYPE))) {
      const tag = m[0].toLowerCase();
      if (tag !== '*') tests.push((el) => el.localName.toLowerCase() === tag);
      else tests.push(() => true);
    } else if ((m = match(ID))) {
      const id = m[1];
      tests.push((el) => el.getAttribute('id') === id);
    } else if ((m = match(CLASS))) {
      const cls = m[1] ?? '';
      tests.push((el) => (el.getAttribute('class') ?? '').split(' ').includes(cls));
    } else if ((m = match(ATTR))) {
      tests.push(attrTest(m[1] ?? '', m[2], m[3] ?? m[4] ?? m[5] ?? ''));
    } else if ((m = match(COMBINATOR))) {
      if (m[1] === ',') endGroup();
      else {
        endCompound();
        combinators.push(m[1] === '>' ? '>' : ' ');
      }
    } else {
      throw new UnsupportedDomError(`selector "${selector}"`);
    }
  }
  endGroup();
  return groups.length === 1 ? (groups[0] as Test) : (el) => groups.some((g) => g(el));
}

/** Matches right to left: the last compound on the element, the others on its ancestors. */
function chain(compounds: readonly Test[], combinators: readonly string[]): Test {
  if (compounds.length === 1) return compounds[0] as Test;
  const from = (el: DomElement, i: number): boolean => {
    if (!(compounds[i] as Test)(el)) return false;
    if (i === 0) return true;
    let p = el.parentNode;
    if (combinators[i - 1] === '>') return p instanceof DomElement && from(p, i - 1);
    for (; p instanceof DomElement; p = p.parentNode) if (from(p, i - 1)) return true;
    return false;
  };
  return (el) => from(el, compounds.length - 1);
}
// </selectors>
