/** Vietnamese text as a spreadsheet typed in a TCVN3 (.VnTime) font shows it: each byte as its Latin-1 character. */
const TCVN3_BYTES = [
  'à=B5 á=B8 ả=B6 ã=B7 ạ=B9 ă=A8 ằ=BB ắ=BE ẳ=BC ẵ=BD ặ=C6 â=A9',
  'ầ=C7 ấ=CA ẩ=C8 ẫ=C9 ậ=CB đ=AE è=CC é=D0 ẻ=CE ẽ=CF ẹ=D1 ê=AA',
  'ề=D2 ế=D5 ể=D3 ễ=D4 ệ=D6 ì=D7 í=DD ỉ=D8 ĩ=DC ị=DE ò=DF ó=E3',
  'ỏ=E1 õ=E2 ọ=E4 ô=AB ồ=E5 ố=E8 ổ=E6 ỗ=E7 ộ=E9 ơ=AC ờ=EA ớ=ED',
  'ở=EB ỡ=EC ợ=EE ù=EF ú=F3 ủ=F1 ũ=F2 ụ=F4 ư=AD ừ=F5 ứ=F8 ử=F6',
  'ữ=F7 ự=F9 ỳ=FA ý=FD ỷ=FB ỹ=FC ỵ=FE Ă=A1 Â=A2 Đ=A7 Ê=A3 Ô=A4 Ơ=A5 Ư=A6',
];
const TCVN3 = new Map(TCVN3_BYTES.join(' ').split(' ').map((p) => [p.split('=')[0], parseInt(p.split('=')[1], 16)] as const));

export function toTcvn3(s: string): string {
  return Array.from(s.normalize('NFC'), (ch) => {
    const b = TCVN3.get(ch);
    return b === undefined ? ch : String.fromCharCode(b);
  }).join('');
}
