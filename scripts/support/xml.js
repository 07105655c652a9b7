'use strict';
/**
 * A small, strict XML reader for the add-in manifest (no DTDs, no external entities).
 * It builds a plain element tree: { name, prefix, local, ns, attrs, children, text, line, parent }.
 * Namespaces are resolved, so checks can match on (namespace, local name) and never on prefixes.
 *
 * It is not a general XML parser: it rejects DOCTYPE and anything it does not understand with an
 * XmlError (message in Vietnamese, with a line number), rather than guessing.
 */

class XmlError extends Error {
  constructor(message, line) {
    super(line ? `dòng ${line}: ${message}` : message);
    this.name = 'XmlError';
    this.line = line;
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME_RE = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

function decodeEntities(s, line) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (m, ent) => {
    if (ent === undefined) throw new XmlError('ký tự "&" không được thoát (phải viết &amp;)', line);
    if (ent[0] === '#') {
      const cp = ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ent];
    if (named === undefined) throw new XmlError(`thực thể không hỗ trợ: &${ent};`, line);
    return named;
  });
}

/** Parses XML text into a tree; returns the root element. */
function parseXml(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let pos = 0;
  let line = 1;
  const advance = (to) => {
    for (let i = pos; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    pos = to;
  };
  const root = { children: [], parent: null, nsMap: { '': '', xml: XML_NS } };
  let current = root;
  let rootElement = null;

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      if (text.slice(pos).trim()) throw new XmlError('có văn bản sau phần tử gốc', line);
      advance(text.length);
      break;
    }
    if (lt > pos) {
      const raw = text.slice(pos, lt);
      if (current === root) {
        if (raw.trim()) throw new XmlError('có văn bản ngoài phần tử gốc', line);
      } else {
        current.text += decodeEntities(raw, line);
      }
      advance(lt);
    }
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end < 0) throw new XmlError('chú thích không được đóng', line);
      advance(end + 3);
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos);
      if (end < 0 || current === root) throw new XmlError('CDATA sai chỗ hoặc không được đóng', line);
      current.text += text.slice(pos + 9, end);
      advance(end + 3);
    } else if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos);
      if (end < 0) throw new XmlError('chỉ thị xử lý không được đóng', line);
      advance(end + 2);
    } else if (text.startsWith('<!', pos)) {
      throw new XmlError('không chấp nhận DOCTYPE/khai báo trong manifest', line);
    } else if (text.startsWith('</', pos)) {
      const end = text.indexOf('>', pos);
      if (end < 0) throw new XmlError('thẻ đóng không kết thúc', line);
      const name = text.slice(pos + 2, end).trim();
      if (current === root || name !== current.name) {
        throw new XmlError(`thẻ đóng </${name}> không khớp với <${current.name || ''}>`, line);
      }
      current = current.parent;
      advance(end + 1);
    } else {
      // start tag: find the closing '>' outside quoted attribute values
      let i = pos + 1;
      let quote = null;
      for (; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
          if (ch === quote) quote = null;
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '>') break;
        else if (ch === '<') throw new XmlError('ký tự "<" trong thẻ', line);
      }
      if (i >= text.length) throw new XmlError('thẻ mở không kết thúc', line);
      let body = text.slice(pos + 1, i);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const m = /^([^\s]+)([\s\S]*)$/.exec(body);
      if (!m || !NAME_RE.test(m[1])) throw new XmlError(`tên thẻ không hợp lệ: <${body.slice(0, 30)}`, line);
      const name = m[1];
      const rawAttrs = {};
      const attrRe = /\s*([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
      let rest = m[2];
      let am;
      let consumed = 0;
      while ((am = attrRe.exec(rest)) !== null) {
        if (!NAME_RE.test(am[1])) throw new XmlError(`tên thuộc tính không hợp lệ: ${am[1]}`, line);
        if (Object.prototype.hasOwnProperty.call(rawAttrs, am[1])) {
          throw new XmlError(`thuộc tính lặp lại: ${am[1]}`, line);
        }
        rawAttrs[am[1]] = decodeEntities(am[3] !== undefined ? am[3] : am[4], line);
        consumed = attrRe.lastIndex;
      }
      if (rest.slice(consumed).trim()) throw new XmlError(`thuộc tính không đọc được trong <${name}>`, line);

      if (current === root && rootElement) throw new XmlError('có nhiều hơn một phần tử gốc', line);
      const nsMap = Object.create(current.nsMap);
      for (const [k, v] of Object.entries(rawAttrs)) {
        if (k === 'xmlns') nsMap[''] = v;
        else if (k.startsWith('xmlns:')) nsMap[k.slice(6)] = v;
      }
      const resolve = (qname, isAttr) => {
        const c = qname.indexOf(':');
        const prefix = c < 0 ? '' : qname.slice(0, c);
        const local = c < 0 ? qname : qname.slice(c + 1);
        if (isAttr && prefix === '') return { prefix, local, ns: '' };
        const ns = nsMap[prefix];
        if (ns === undefined) throw new XmlError(`tiền tố không khai báo: ${prefix}`, line);
        return { prefix, local, ns };
      };
      const q = resolve(name, false);
      const attrs = {};
      const attrsNs = [];
      for (const [k, v] of Object.entries(rawAttrs)) {
        if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
        attrs[k] = v;
        attrsNs.push({ ...resolve(k, true), qname: k, value: v });
      }
      const el = {
        name,
        prefix: q.prefix,
        local: q.local,
        ns: q.ns,
        attrs,
        attrsNs,
        nsMap,
        children: [],
        text: '',
        line,
        parent: current,
      };
      current.children.push(el);
      if (current === root) rootElement = el;
      if (!selfClosing) current = el;
      advance(i + 1);
    }
  }
  if (current !== root) throw new XmlError(`phần tử <${current.name}> không được đóng`, line);
  if (!rootElement) throw new XmlError('không có phần tử gốc', line);
  rootElement.parent = null;
  return rootElement;
}

/** Value of an attribute by namespace URI and local name (e.g. xsi:type). */
function attrNs(el, ns, local) {
  const a = el.attrsNs.find((x) => x.ns === ns && x.local === local);
  return a ? a.value : undefined;
}

/** Resolves a QName value such as xsi:type="bt:Foo" against the element's namespace scope. */
function qnameValue(el, value) {
  if (value === undefined) return undefined;
  const c = value.indexOf(':');
  const prefix = c < 0 ? '' : value.slice(0, c);
  return { ns: el.nsMap[prefix], local: c < 0 ? value : value.slice(c + 1) };
}

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

/** Child elements matching a local name (and optionally a namespace). */
function children(el, local, ns) {
  return el.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns));
}

function child(el, local, ns) {
  return children(el, local, ns)[0];
}

/** Path of local names from the root, for messages: OfficeApp/VersionOverrides/… */
function pathOf(el) {
  const parts = [];
  for (let e = el; e; e = e.parent) parts.unshift(e.local);
  return parts.join('/');
}

module.exports = { parseXml, XmlError, attrNs, qnameValue, walk, children, child, pathOf };
