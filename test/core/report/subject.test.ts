/**
 * The subject of the report's sentences (report/subject.ts): the office's table 6 wording; else the agency it named
 * in table 5 (or --agency) — in full in the first paragraph, by its kind after, as the reports name themselves
 * («Sở Khoa học và Công nghệ Quảng Trị báo cáo…», then «Sở đã tiếp nhận 34 bộ hồ sơ»); else «Sở».
 * The example province: 53 dossiers received, 182 present.
 */
import { consolidate } from '../../../src/core/consolidate';
import type { ProvincialSummary } from '../../../src/core/consolidate/types';
import { reportParagraphs, summaryJson } from '../../../src/core/report';
import { phraseBook } from '../../../src/core/report/phrase-book';
import { summaryFromJson } from '../../../src/core/report/summary-from-json';
import { reportSubjects } from '../../../src/core/report/subject';
import { applySettings, readSettingsJson } from '../../../src/core/settings';
import { EXAMPLE_FILES, example } from '../summary/fixtures';

const settings = (json: object) => applySettings(readSettingsJson(JSON.stringify(json), 'danh-muc.json').input);
const TAY_NINH = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH';
const province = (json: object = {}): ProvincialSummary =>
  consolidate(EXAMPLE_FILES.map(example), { settings: settings(json), accept: ['06-phong-qlkh.xlsx'] });

describe('who the sentences name', () => {
  const shipped = phraseBook();
  test.each([
    ['no agency', undefined, 'Sở', 'Sở'],
    ['the shipped default agency, in any case', 'Sở Khoa học và Công nghệ', 'Sở', 'Sở'],
    ['an agency line in capitals', TAY_NINH, 'Sở Khoa học và Công nghệ tỉnh Tây Ninh', 'Sở'],
    ['a Chi cục', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Chi cục'],
    [
      'an agency of no listed kind, in full each time',
      'Đài Khí tượng Thủy văn',
      'Đài Khí tượng Thủy văn',
      'Đài Khí tượng Thủy văn',
    ],
  ])('%s', (_, agency, first, then) => expect(reportSubjects(shipped, agency)).toEqual({ first, then }));

  test("the office's subject in table 6 wins over its agency", () => {
    expect(reportSubjects(phraseBook({ subject: 'Sở KH&CN' }), TAY_NINH)).toEqual({
      first: 'Sở KH&CN',
      then: 'Sở KH&CN',
    });
  });
});

describe('the paragraphs', () => {
  test('nothing set: «Sở» in every paragraph, as before', () => {
    const p = reportParagraphs(province());
    expect([p.tthc, p.staff, p.training].map((t) => t.slice(0, 22))).toEqual([
      'Trong kỳ, Sở đã tiếp n',
      'Hiện tại, Sở có 182 cô',
      'Trong kỳ, Sở đã cử 02 ',
    ]);
  });

  test('the agency of table 5: in full in the first paragraph, «Sở» in the others', () => {
    const p = reportParagraphs(province({ agency: { agency: TAY_NINH } }));
    expect(p.tthc).toMatch(/^Trong kỳ, Sở Khoa học và Công nghệ tỉnh Tây Ninh đã tiếp nhận 53 hồ sơ, trong đó/);
    expect(p.staff).toMatch(/^Hiện tại, Sở có 182 /);
    expect(p.training).toMatch(/^Trong kỳ, Sở đã cử /);
  });

  test('without TTHC figures the first paragraph with a subject (staff) names the agency in full', () => {
    const s = province({ agency: { agency: TAY_NINH } });
    const p = reportParagraphs({ ...s, total: { ...s.total, tthc: undefined } });
    expect(p.tthc).toBe('');
    expect(p.staff).toMatch(/^Hiện tại, Sở Khoa học và Công nghệ tỉnh Tây Ninh có 182 /);
    expect(p.training).toMatch(/^Trong kỳ, Sở đã cử /);
  });

  test('--agency (the consolidation option) over table 5; table 6 subject over both', () => {
    const s = consolidate(EXAMPLE_FILES.map(example), {
      settings: settings({ agency: { agency: TAY_NINH } }),
      agency: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    });
    expect(reportParagraphs(s).training).toMatch(/^Trong kỳ, Chi cục đã cử /);
    const worded = province({
      agency: { agency: TAY_NINH },
      phrases: [{ name: 'subject', text: 'Sở KH&CN' }],
    });
    expect(reportParagraphs(worded).tthc).toMatch(/^Trong kỳ, Sở KH&CN đã tiếp nhận/);
  });

  test('a report made later from the summary JSON names the agency the same way', () => {
    const s = province({ agency: { agency: TAY_NINH } });
    const back = summaryFromJson(JSON.parse(JSON.stringify(summaryJson(s, { agency: s.agency }))), 'th.json');
    if (!back.ok) throw new Error(back.message);
    expect(reportParagraphs(back.summary)).toEqual(reportParagraphs(s));
  });
});
