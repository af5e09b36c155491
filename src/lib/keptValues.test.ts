// Kept work is read by its shape, not its rules: what was on screen comes back, a part that is
// not what the form holds is set aside and named, and never the whole form with it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { keptReader, partNamer, readKept, shapeOf } from './keptValues';

const schema = z
  .object({
    name: z.string().trim().max(3),
    kind: z.enum(['', '是', '否']),
    lines: z.array(z.object({ key: z.string().min(1), amount: z.string().regex(/^\d+$/) })).max(2),
    files: z.record(z.string(), z.array(z.object({ id: z.string().uuid() }))),
  })
  .superRefine((_value, ctx) => ctx.addIssue({ code: 'custom', message: 'never passes' }));
type Form = z.infer<typeof schema>;
const saved: Form = { name: '旧', kind: '', lines: [], files: {} };
const name = partNamer({ name: '名称', kind: '类别', lines: '明细', files: '附件' });

describe('shapeOf: types and shape, no limits', () => {
  it('takes what breaks only limits, formats and refinements, as it was (trimming too)', () => {
    const value = {
      name: '  far too long a name  ',
      kind: '是',
      lines: [
        { key: '', amount: 'abc' },
        { key: 'b', amount: '1' },
        { key: 'c', amount: '2' },
      ],
      files: { invoice: [{ id: 'not-a-uuid' }] },
    };
    expect(shapeOf(schema).parse(value)).toEqual(value);
  });

  it('still refuses what is not the form’s: a number for text, an unknown choice', () => {
    expect(shapeOf(schema).safeParse({ ...saved, name: 5 }).success).toBe(false);
    expect(shapeOf(schema).safeParse({ ...saved, kind: '也许' }).success).toBe(false);
  });
});

describe('readKept', () => {
  it('sets aside a bad item of a list and a bad field, names each, and keeps the rest', () => {
    const stored = {
      name: 42,
      kind: '否',
      lines: [{ key: 'a', amount: '1' }, { key: 'b', amount: 7 }, 'not a line', { key: 'd', amount: '4' }],
      files: { invoice: [{ id: 'x' }, null] },
    };
    const read = readKept<Form>(schema, stored, saved, name);
    expect(read?.values).toEqual({
      name: '旧',
      kind: '否',
      lines: [
        { key: 'a', amount: '1' },
        { key: 'd', amount: '4' },
      ],
      files: { invoice: [{ id: 'x' }] },
    });
    expect(read?.setAside.map((said) => said.split('：')[0])).toEqual([
      '“名称”无法恢复',
      '“明细” 第 2 项无法恢复',
      '“明细” 第 3 项无法恢复',
      '“附件” 第 2 项无法恢复',
    ]);
  });

  it('puts back a missing field or a list that is not a list from the saved values', () => {
    const read = readKept<Form>(schema, { name: '新', lines: 'oops', files: {} }, saved, name);
    expect(read?.values).toEqual({ name: '新', kind: '', lines: [], files: {} });
    expect(read?.setAside).toHaveLength(2);
  });

  it('reads nothing from a value that is not an object', () => {
    for (const stored of [null, 'text', 3, [saved]]) expect(readKept(schema, stored, saved, name)).toBeNull();
  });

  it('any list of lines comes back whole and in order, however long (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.string(), amount: fc.string() }), { maxLength: 300 }),
        (lines) => {
          const read = readKept<Form>(schema, { ...saved, lines }, saved, name);
          expect(read).toEqual({ values: { ...saved, lines }, setAside: [] });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('a reader finishes the values it read (keptReader’s then)', () => {
    const read = keptReader<Form>(schema, name, (form) => ({ ...form, name: form.name.trim() }));
    expect(read({ ...saved, name: '  新  ' }, saved)?.values.name).toBe('新');
  });
});
