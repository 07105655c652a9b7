import { canonicalJson, contentKey, fnv1a32 } from '../../../src/core/unit';

describe('content key', () => {
  test('FNV-1a 32 of known strings', () => {
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
  });

  test('canonical JSON sorts keys and normalises text to NFC', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'Thạc sĩ'.normalize('NFD') } })).toBe(
      '{"a":{"c":"Thạc sĩ","d":[1,2]},"b":1}',
    );
  });

  test('canonical JSON leaves out undefined properties, writes undefined in arrays as null and keeps holes empty', () => {
    // eslint-disable-next-line no-sparse-arrays -- a hole is what is checked.
    const sparse = [1, , 3];
    expect(canonicalJson({ z: undefined, y: [undefined, null, true], x: sparse, w: 'a"b' })).toBe(
      '{"w":"a\\"b","x":[1,,3],"y":[null,null,true]}',
    );
    expect(canonicalJson({ ['Thạc sĩ'.normalize('NFD')]: 1, A: 2, ['Đ']: { b: [], a: {} } })).toBe(
      '{"A":2,"Thạc sĩ":1,"Đ":{"a":{},"b":[]}}',
    );
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson(5)).toBe('5');
  });

  test('same figures in another key order give the same key; a changed figure another key; nothing gives ""', () => {
    const a = contentKey({
      reception: {
        citizens: 1,
        complaints: 2,
        denunciations: 0,
        petitions: 0,
        resolved: { citizens: 1, complaints: 2, denunciations: 0, petitions: 0 },
      },
    });
    const b = contentKey({
      reception: {
        resolved: { petitions: 0, denunciations: 0, complaints: 2, citizens: 1 },
        petitions: 0,
        denunciations: 0,
        complaints: 2,
        citizens: 1,
      },
    });
    const c = contentKey({
      reception: {
        citizens: 1,
        complaints: 3,
        denunciations: 0,
        petitions: 0,
        resolved: { citizens: 1, complaints: 2, denunciations: 0, petitions: 0 },
      },
    });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(contentKey({})).toBe('');
    expect(contentKey({ training: { total: 0, byKind: {}, byKindAndType: {} } })).toBe('');
  });
});
