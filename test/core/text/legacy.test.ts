import { detectLegacy, fromTcvn3, fromVni, legacyFromFont, repairVietnamese } from '../../../src/core/text';

const LOWER = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const ALL_134 = Array.from(LOWER + LOWER.toUpperCase());

/** TCVN 5712:1993 byte of each letter (VN3 lower case and 7 capitals; VN1 toned capitals), from iconv-lite's `tcvn` table. */
const TCVN3_BYTES = [
  'à=B5 á=B8 ả=B6 ã=B7 ạ=B9 ă=A8 ằ=BB ắ=BE ẳ=BC ẵ=BD ặ=C6 â=A9',
  'ầ=C7 ấ=CA ẩ=C8 ẫ=C9 ậ=CB đ=AE è=CC é=D0 ẻ=CE ẽ=CF ẹ=D1 ê=AA',
  'ề=D2 ế=D5 ể=D3 ễ=D4 ệ=D6 ì=D7 í=DD ỉ=D8 ĩ=DC ị=DE ò=DF ó=E3',
  'ỏ=E1 õ=E2 ọ=E4 ô=AB ồ=E5 ố=E8 ổ=E6 ỗ=E7 ộ=E9 ơ=AC ờ=EA ớ=ED',
  'ở=EB ỡ=EC ợ=EE ù=EF ú=F3 ủ=F1 ũ=F2 ụ=F4 ư=AD ừ=F5 ứ=F8 ử=F6',
  'ữ=F7 ự=F9 ỳ=FA ý=FD ỷ=FB ỹ=FC ỵ=FE À=80 Á=83 Ả=81 Ã=82 Ạ=84',
  'Ă=A1 Ằ=AF Ắ=C0 Ẳ=BA Ẵ=BF Ặ=85 Â=A2 Ầ=C1 Ấ=C4 Ẩ=C2 Ẫ=C3 Ậ=86',
  'Đ=A7 È=87 É=8A Ẻ=88 Ẽ=89 Ẹ=8B Ê=A3 Ề=C5 Ế=DA Ể=CD Ễ=D9 Ệ=8C',
  'Ì=8D Í=90 Ỉ=8E Ĩ=8F Ị=91 Ò=92 Ó=95 Ỏ=93 Õ=94 Ọ=96 Ô=A4 Ồ=DB',
  'Ố=FF Ổ=E0 Ỗ=F0 Ộ=97 Ơ=A5 Ờ=98 Ớ=9B Ở=99 Ỡ=9A Ợ=9C Ù=9D Ú=01',
  'Ủ=9E Ũ=9F Ụ=02 Ư=A6 Ừ=04 Ứ=11 Ử=05 Ữ=06 Ự=12 Ỳ=13 Ý=16 Ỷ=14',
  'Ỹ=15 Ỵ=17',
];
const TCVN3 = new Map(
  TCVN3_BYTES.join(' ')
    .split(' ')
    .map((p) => [p.split('=')[0], parseInt(p.split('=')[1], 16)] as const),
);

/** Text as a spreadsheet shows TCVN3: each byte read as the character of that code point (Latin-1). */
function toTcvn3(s: string): string {
  return Array.from(s.normalize('NFC'), (ch) => {
    const b = TCVN3.get(ch);
    return b === undefined ? ch : String.fromCharCode(b);
  }).join('');
}

/** VNI-Windows, built from its rules: base letter, then a mark character for the hat/horn/breve and tone. */
function toVni(s: string): string {
  const TONES = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // acute, grave, hook, tilde, dot
  const PLAIN = 'ùøûõï';
  const HAT = 'áàåãä'; // after a/e/o with circumflex; plain circumflex is 'â'
  const BREVE = 'éèúüë'; // after a with breve; plain breve is 'ê'
  const I = 'íìæóò';
  return Array.from(s.normalize('NFC'), (ch) => {
    const upper = ch !== ch.toLowerCase();
    const d = ch.toLowerCase().normalize('NFD');
    const base = d[0];
    const marks = d.slice(1);
    const tone = TONES.findIndex((t) => marks.includes(t));
    let out: string;
    if (ch.toLowerCase() === 'đ') out = 'ñ';
    else if (!'aeiouy'.includes(base) || marks === '') return ch;
    else if (base === 'i') out = I[tone];
    else if (base === 'y' && tone === 4) out = 'î';
    else if (marks.includes('\u031b')) out = (base === 'o' ? 'ô' : 'ö') + (tone < 0 ? '' : PLAIN[tone]);
    else if (marks.includes('\u0302')) out = base + (tone < 0 ? 'â' : HAT[tone]);
    else if (marks.includes('\u0306')) out = base + (tone < 0 ? 'ê' : BREVE[tone]);
    else out = base + PLAIN[tone];
    return upper ? out.toUpperCase() : out;
  }).join('');
}

describe('fromTcvn3', () => {
  test('decodes real sentences typed in .VnTime fonts', () => {
    expect(fromTcvn3('Xin chµo tÊt c¶')).toBe('Xin chào tất cả');
    expect(fromTcvn3('Së Khoa häc vµ C«ng nghÖ')).toBe('Sở Khoa học và Công nghệ');
    expect(fromTcvn3('Tiªu chuÈn §o l\u00adêng ChÊt l\u00adîng')).toBe('Tiêu chuẩn Đo lường Chất lượng');
    expect(fromTcvn3('An toµn bøc x¹ vµ h¹t nh©n')).toBe('An toàn bức xạ và hạt nhân');
  });

  test('round-trips all 134 Vietnamese letters, lower and upper case', () => {
    for (const ch of ALL_134) expect(fromTcvn3(toTcvn3(ch))).toBe(ch);
    expect(fromTcvn3(toTcvn3(ALL_134.join('')))).toBe(ALL_134.join(''));
  });

  test('reads VN1 capitals from their Windows-1252 characters but leaves dashes and quotes alone', () => {
    expect(fromTcvn3('\u20ac')).toBe('À'); // byte 0x80 shown as €
    expect(fromTcvn3('QUÿC H\u0097I')).toBe('QUỐC HỘI'); // ÿ = 0xFF, U+0097 = byte 0x97 read as Latin-1
    expect(fromTcvn3('QUÿC H\u2014I')).toBe('QUỐC H\u2014I'); // the Windows-1252 reading of 0x97 (—) stays a dash
    expect(fromTcvn3('Tæng hîp – “§H”')).toBe('Tổng hợp – “ĐH”');
  });

  test('passes ASCII through untouched', () => {
    const s = 'Ma ho so 000.00.25.H56-240315-0001';
    expect(fromTcvn3(s)).toBe(s);
  });
});

describe('fromVni', () => {
  test('decodes real sentences typed in VNI-Times fonts, longest sequences first', () => {
    expect(fromVni('Sôû Khoa hoïc vaø Coâng ngheä')).toBe('Sở Khoa học và Công nghệ');
    expect(fromVni('Ngöôøi lao ñoäng')).toBe('Người lao động');
    expect(fromVni('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  test('round-trips all 134 Vietnamese letters, lower and upper case', () => {
    for (const ch of ALL_134) expect(fromVni(toVni(ch))).toBe(ch);
    expect(fromVni(toVni(ALL_134.join(' ')))).toBe(ALL_134.join(' '));
  });

  test('round-trips whole sentences', () => {
    const s = 'Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn của Sở Khoa học và Công nghệ tỉnh Đắk Lắk';
    expect(fromVni(toVni(s))).toBe(s);
  });
});

describe('detectLegacy', () => {
  test('recognises TCVN3 sentences and short labels', () => {
    for (const s of [
      'Xin chµo tÊt c¶',
      'Së Khoa häc vµ C«ng nghÖ',
      'Tæng céng',
      'Qu¸ h¹n',
      '§H',
      'Quèc Héi',
      'Kü s\u00ad',
    ]) {
      expect(detectLegacy(s)).toBe('tcvn3');
    }
  });

  test('recognises VNI sentences and short labels', () => {
    for (const s of [
      'Sôû Khoa hoïc vaø Coâng ngheä',
      'Ñuùng haïn',
      'Thaïc só',
      'Ngaøy tieáp nhaän',
      'TRÖÔØNG ÑAÏI HOÏC',
    ]) {
      expect(detectLegacy(s)).toBe('vni');
    }
  });

  test('recognises encodings produced by the encoders for any sentence', () => {
    const s = 'Cộng hòa xã hội chủ nghĩa Việt Nam, độc lập, tự do, hạnh phúc';
    expect(detectLegacy(toTcvn3(s))).toBe('tcvn3');
    expect(detectLegacy(toVni(s))).toBe('vni');
  });

  test('leaves Unicode Vietnamese alone, in NFC and NFD, even without Unicode-only letters', () => {
    for (const s of ['Sở Khoa học và Công nghệ', 'Hoà Bình', 'Cà phê', 'Giám đốc', 'Hà Nội', 'Trần Văn A']) {
      expect(detectLegacy(s)).toBeNull();
      expect(detectLegacy(s.normalize('NFD'))).toBeNull();
    }
  });

  test('leaves English and other Latin-1 text alone', () => {
    const texts = [
      'Copyright © 2020',
      'Price £5 ½ off',
      'Müller café',
      'Père Noël',
      'niño',
      'Größe',
      'Déjà vu',
      '25°C ± 2',
      'Total',
    ];
    for (const s of texts) expect(detectLegacy(s)).toBeNull();
  });
});

describe('repairVietnamese', () => {
  test('converts legacy text and says from which encoding', () => {
    expect(repairVietnamese('Xin chµo tÊt c¶')).toEqual({ text: 'Xin chào tất cả', from: 'tcvn3' });
    expect(repairVietnamese('Sôû Khoa hoïc vaø Coâng ngheä')).toEqual({
      text: 'Sở Khoa học và Công nghệ',
      from: 'vni',
    });
  });

  test('returns other text unchanged with from = null', () => {
    expect(repairVietnamese('Sở Khoa học và Công nghệ')).toEqual({ text: 'Sở Khoa học và Công nghệ', from: null });
    expect(repairVietnamese('')).toEqual({ text: '', from: null });
  });

  test('trusts a legacy font name over the heuristic, upper-casing for .VnTimeH fonts', () => {
    expect(repairVietnamese('vµ', { font: '.VnTime' })).toEqual({ text: 'và', from: 'tcvn3' });
    expect(repairVietnamese('céng hoµ', { font: '.VnTimeH' })).toEqual({ text: 'CỘNG HOÀ', from: 'tcvn3' });
    expect(repairVietnamese('Hoaø', { font: 'VNI-Times' })).toEqual({ text: 'Hoà', from: 'vni' });
    expect(repairVietnamese('Hoà Bình', { font: 'Times New Roman' })).toEqual({ text: 'Hoà Bình', from: null });
  });
});

describe('legacyFromFont', () => {
  test('maps .Vn fonts to TCVN3 and VNI- fonts to VNI; other fonts to null', () => {
    expect(legacyFromFont('.VnArial')).toEqual({ encoding: 'tcvn3', upperCase: false });
    expect(legacyFromFont('.VnArialH')).toEqual({ encoding: 'tcvn3', upperCase: true });
    expect(legacyFromFont('VNI-Helve')).toEqual({ encoding: 'vni', upperCase: false });
    expect(legacyFromFont('Times New Roman')).toBeNull();
    expect(legacyFromFont(undefined)).toBeNull();
  });
});
