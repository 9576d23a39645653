import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createDocument, DomElement, SVG_NS, UnsupportedDomError } from '../../../src/svg-dom/svg-dom.ts';

/**
 * Runs the same DOM script on svg-dom and on a linkedom HTML document (what charts were rendered
 * with before) and returns both serializations; they must be byte-identical.
 */
function both(script: (doc: Document) => Element): [string, string] {
  const ours = script(createDocument() as unknown as Document).outerHTML;
  const linked = script(parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document).outerHTML;
  return [ours, linked];
}

const svg = (doc: Document, name: string) => doc.createElementNS(SVG_NS, name);

describe('svg-dom serialization', () => {
  it('escapes & < > and no-break space in text, only " in attributes (as linkedom)', () => {
    const [ours, linked] = both((doc) => {
      const t = svg(doc, 'text');
      t.setAttribute('data-x', 'a&b <c> "d" \u00a0e');
      t.textContent = 'a&b <c> "d" \u00a0e';
      return t;
    });
    expect(ours).toBe('<text data-x="a&b <c> &quot;d&quot; \u00a0e">a&amp;b &lt;c&gt; "d" &#160;e</text>');
    expect(ours).toBe(linked);
  });

  it('writes attributes last-created first; an update keeps its place, a re-added one moves first', () => {
    const [ours, linked] = both((doc) => {
      const g = svg(doc, 'g');
      g.setAttribute('a', '1');
      g.setAttribute('b', 2 as unknown as string);
      g.setAttribute('c', '3');
      g.setAttribute('a', 'one');
      g.removeAttribute('b');
      g.setAttribute('b', 'two');
      return g;
    });
    expect(ours).toBe('<g b="two" c="3" a="one" />');
    expect(ours).toBe(linked);
  });

  it('self-closes empty SVG elements, not ones with an empty text node; HTML void vs open/close', () => {
    const [ours, linked] = both((doc) => {
      const root = svg(doc, 'svg');
      root.append(svg(doc, 'path'));
      const title = svg(doc, 'title');
      title.appendChild(doc.createTextNode(''));
      root.append(title);
      const div = doc.createElement('div');
      div.append(doc.createElement('br'), doc.createElement('span'));
      root.append(div);
      return root;
    });
    expect(ours).toBe('<svg><path /><title></title><div><br><span></span></div></svg>');
    expect(ours).toBe(linked);
  });

  it('drops empty id, class and style; normalizes class tokens', () => {
    const [ours, linked] = both((doc) => {
      const g = svg(doc, 'g');
      g.setAttribute('id', '');
      g.setAttribute('style', '');
      g.setAttribute('class', '  b a  b ');
      g.setAttribute('fill', '');
      return g;
    });
    expect(ours).toBe('<g fill="" class="b a" />');
    expect(ours).toBe(linked);
  });
});

describe('svg-dom style', () => {
  it('keeps properties in the style attribute, in order of first setting, camelCase or not', () => {
    const [ours, linked] = both((doc) => {
      const el = svg(doc, 'svg');
      el.setAttribute('width', '10');
      Object.assign(el.style, { fontSize: '12px', overflow: 'visible' });
      el.style.setProperty('mix-blend-mode', 'multiply');
      el.style.setProperty('font-size', '14px');
      el.style.removeProperty('overflow');
      el.setAttribute('height', '5');
      return el;
    });
    expect(ours).toBe('<svg height="5" style="font-size:14px;mix-blend-mode:multiply" width="10" />');
    expect(ours).toBe(linked);
  });

  it('re-reads the style attribute when it is written directly, and reads camelCase names', () => {
    const [ours, linked] = both((doc) => {
      const el = svg(doc, 'g');
      el.style.setProperty('fill', 'red');
      el.setAttribute('style', 'stroke: blue; opacity: 0.5');
      el.style.setProperty('fill', 'green');
      el.setAttribute('data-opacity', el.style.getPropertyValue('opacity'));
      el.setAttribute('data-stroke', (el.style as unknown as Record<string, string>)['stroke'] ?? 'none');
      return el;
    });
    expect(ours).toBe('<g data-stroke="blue" data-opacity="0.5" style="stroke:blue;opacity:0.5;fill:green" />');
    expect(ours).toBe(linked);
  });

  it('prints nothing once every property is removed', () => {
    const doc = createDocument();
    const el = doc.createElementNS(SVG_NS, 'g');
    el.style.setProperty('fill', 'red');
    el.style.removeProperty('fill');
    expect(el.outerHTML).toBe('<g />');
  });
});

describe('svg-dom tree', () => {
  function tree() {
    const doc = createDocument();
    const root = doc.createElementNS(SVG_NS, 'svg');
    root.setAttribute('aria-label', 'root');
    const g = root.appendChild(doc.createElementNS(SVG_NS, 'g'));
    g.setAttribute('aria-label', 'group');
    const a1 = g.appendChild(doc.createElementNS(SVG_NS, 'a'));
    a1.setAttribute('href', '/1');
    a1.appendChild(doc.createElementNS(SVG_NS, 'circle')).setAttribute('aria-label', 'one');
    const a2 = g.appendChild(doc.createElementNS(SVG_NS, 'a'));
    a2.setAttribute('href', '/2');
    a2.appendChild(doc.createElementNS(SVG_NS, 'rect'));
    root.appendChild(doc.createElementNS(SVG_NS, 'A'));
    return { doc, root, g, a1, a2 };
  }

  it('querySelectorAll finds descendants by tag and by [attr], in document order, not the root', () => {
    const { root } = tree();
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/1', '/2', null]);
    expect(root.querySelectorAll('[aria-label]').map((e) => e.getAttribute('aria-label'))).toEqual(['group', 'one']);
    expect(root.querySelectorAll('g[aria-label]')).toHaveLength(1);
    expect(root.querySelectorAll('a[href="/2"] > rect, circle').map((e) => e.localName)).toEqual(['circle', 'rect']);
    // As in browsers, ancestors above the element searched from still count.
    expect(root.querySelectorAll('svg circle')).toHaveLength(1);
    expect(root.querySelectorAll('rect circle')).toHaveLength(0);
    expect(root.querySelector('g a circle')?.getAttribute('aria-label')).toBe('one');
    expect(root.querySelector('line')).toBeNull();
    expect(() => root.querySelectorAll('a:hover')).toThrow(UnsupportedDomError);
  });

  it('replaceWith puts the new node in the old one\'s place and keeps moved children in order', () => {
    const { doc, root, g, a1 } = tree();
    const mark = doc.createElementNS(SVG_NS, 'g');
    mark.setAttribute('class', 'mark');
    while (a1.firstChild) mark.appendChild(a1.firstChild);
    a1.replaceWith(mark);
    expect(a1.parentNode).toBeNull();
    expect(g.outerHTML).toBe('<g aria-label="group"><g class="mark"><circle aria-label="one" /></g><a href="/2"><rect /></a></g>');
    expect(root.querySelectorAll('a')).toHaveLength(2);
  });

  it('insertBefore inserts before the reference, appends for null, and moves a node already in the tree', () => {
    const doc = createDocument();
    const p = doc.createElementNS(SVG_NS, 'g');
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => doc.createElementNS(SVG_NS, n)) as [DomElement, DomElement, DomElement, DomElement];
    p.insertBefore(b, null);
    p.insertBefore(a, b);
    p.insertBefore(d, null);
    p.insertBefore(c, d);
    const names = () => p.childNodes.map((n) => (n instanceof DomElement ? n.localName : '#text')).join('');
    expect(names()).toBe('abcd');
    p.insertBefore(d, a);
    expect(names()).toBe('dabc');
    p.insertBefore(b, b);
    expect(names()).toBe('dabc');
    p.insertBefore(a, null);
    expect(names()).toBe('dbca');
    expect(p.firstChild).toBe(d);
    expect(p.lastChild).toBe(a);
    expect(a.previousSibling).toBe(c);
    expect(() => p.insertBefore(doc.createElementNS(SVG_NS, 'x'), doc.createElementNS(SVG_NS, 'y'))).toThrow();
    expect(() => a.appendChild(p)).toThrow();
  });

  it('moves the children of a fragment and replaces text on textContent', () => {
    const doc = createDocument();
    const t = doc.createElementNS(SVG_NS, 'text');
    t.textContent = 'old';
    const frag = doc.createDocumentFragment();
    frag.append(doc.createElementNS(SVG_NS, 'tspan'), 'x');
    t.appendChild(frag);
    expect(frag.firstChild).toBeNull();
    expect(t.outerHTML).toBe('<text>old<tspan />x</text>');
    expect(t.textContent).toBe('oldx');
    t.textContent = 0 as unknown as string;
    expect(t.outerHTML).toBe('<text>0</text>');
    t.textContent = '';
    expect(t.outerHTML).toBe('<text />');
  });

  it('compareDocumentPosition and contains follow the tree', () => {
    const { root, g, a1, a2 } = tree();
    expect(a1.compareDocumentPosition(a2)).toBe(4);
    expect(a2.compareDocumentPosition(a1)).toBe(2);
    expect(g.compareDocumentPosition(a1) & 16).toBe(16);
    expect(root.contains(a2)).toBe(true);
    expect(a2.contains(root)).toBe(false);
  });

  it('says what it cannot do with UnsupportedDomError', () => {
    const doc = createDocument();
    expect(() => doc.createElementNS(SVG_NS, 'text').getBBox()).toThrow(UnsupportedDomError);
    expect(() => doc.createElement('canvas')).toThrow(UnsupportedDomError);
    expect(() => doc.defaultView).toThrow(UnsupportedDomError);
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }).toThrow(UnsupportedDomError);
  });
});
