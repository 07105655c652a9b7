/** The small XML reader behind the manifest checks (scripts/support/xml.js). */
import * as path from 'path';

interface El {
  name: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  line: number;
}
const xml = require(path.resolve(__dirname, '..', '..', 'scripts/support/xml.js')) as {
  parseXml(text: string): El;
  attrNs(el: El, ns: string, local: string): string | undefined;
  qnameValue(el: El, value: string | undefined): { ns: string; local: string } | undefined;
  pathOf(el: El): string;
};

describe('parseXml', () => {
  it('resolves default and prefixed namespaces, attributes and xsi:type values', () => {
    const root = xml.parseXml(`<?xml version="1.0"?>
<!-- comment -->
<a xmlns="urn:a" xmlns:b="urn:b" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <b:c id="x" xsi:type="b:T"/>
  <d xmlns="urn:d"><e/></d>
</a>`);
    expect([root.local, root.ns]).toEqual(['a', 'urn:a']);
    const [c, d] = root.children;
    expect([c.local, c.ns, c.attrs.id, c.line]).toEqual(['c', 'urn:b', 'x', 4]);
    expect(xml.attrNs(c, 'http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('b:T');
    expect(xml.qnameValue(c, 'b:T')).toEqual({ ns: 'urn:b', local: 'T' });
    expect([d.ns, d.children[0].ns]).toEqual(['urn:d', 'urn:d']);
    expect(xml.pathOf(d.children[0])).toBe('a/d/e');
  });

  it('decodes entities, character references and CDATA, keeping Vietnamese text intact', () => {
    const root = xml.parseXml(`<r v="Sở KH&amp;CN &#x1EA1;&#7841; &quot;x&quot;">a &lt; b<![CDATA[<&>]]></r>`);
    expect(root.attrs.v).toBe('Sở KH&CN ạạ "x"');
    expect(root.text).toBe('a < b<&>');
  });

  it.each([
    ['<a><b></a>', /thẻ đóng <\/a> không khớp với <b>/],
    ['<a>', /phần tử <a> không được đóng/],
    ['<a x="1" x="2"/>', /thuộc tính lặp lại: x/],
    ['<a>&nbsp;</a>', /thực thể không hỗ trợ/],
    ['<a>AT&T</a>', /ký tự "&" không được thoát/],
    ['<!DOCTYPE a [<!ENTITY e "x">]><a/>', /không chấp nhận DOCTYPE/],
    ['<p:a/>', /tiền tố không khai báo: p/],
    ['<a/><b/>', /nhiều hơn một phần tử gốc/],
    ['', /không có phần tử gốc/],
  ])('rejects %j', (text, message) => {
    expect(() => xml.parseXml(text)).toThrow(message);
  });
});
