import { trainingCount } from '../../../src/core/training';

const col = (...v: unknown[]) => v.map((x) => [x]);

describe('TRAINING(courses, [kind])', () => {
  const courses = col(
    'cao cấp LLCT',
    'CCLLCT',
    'QLNN ngạch chuyên viên chính',
    'Lớp QLNN ngạch chuyên viên',
    '',
    'Tin học',
  );

  test('with a kind: the count after normalisation; the kind argument is normalised too', () => {
    expect(trainingCount(courses, 'Cao cấp lý luận chính trị')).toEqual({ ok: true, value: 2 });
    expect(trainingCount(courses, 'cao cap LLCT')).toEqual({ ok: true, value: 2 });
    expect(trainingCount(courses, 'QLNN ngạch chuyên viên chính')).toEqual({ ok: true, value: 1 });
    expect(trainingCount(courses, 'QLNN ngạch chuyên viên')).toEqual({ ok: true, value: 1 });
  });

  test('without: spills kinds in canonical order, unknowns as «Khác: …»', () => {
    expect(trainingCount(courses)).toEqual({
      ok: true,
      value: [
        ['Cao cấp lý luận chính trị', 2],
        ['QLNN ngạch chuyên viên chính', 1],
        ['QLNN ngạch chuyên viên', 1],
        ['Khác: Tin học', 1],
      ],
    });
  });

  test('an unknown kind argument is #VALUE!', () => {
    const r = trainingCount(courses, 'Lái xe');
    expect(r.ok).toBe(false);
  });
});
