import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyHistory, HISTORY_LIMIT, record, redo, seal, undo, type History } from './editHistory';

const cell = (name: string, before: string, after: string) => ({
  kind: 'cell' as const,
  name,
  before,
  after,
});

describe('the cost sheet’s undo history', () => {
  it('joins the keystrokes of one cell while it has the focus, and starts anew once it lost it', () => {
    let h = record(emptyHistory, cell('lines.0.unit', '', '件'));
    h = record(h, cell('lines.0.unit', '件', '件数'));
    expect(h.past).toEqual([cell('lines.0.unit', '', '件数')]);
    h = record(seal(h), cell('lines.0.unit', '件数', '件'));
    expect(h.past).toHaveLength(2);
    // Typed back to what it was: no step at all.
    h = record(record(emptyHistory, cell('lines.0.unit', 'a', 'ab')), cell('lines.0.unit', 'ab', 'a'));
    expect(h.past).toEqual([]);
  });

  it('a new change ends what could be redone; the oldest steps go past the limit', () => {
    let h: History = record(emptyHistory, cell('lines.0.unit', '', 'a'));
    h = undo(h)?.history ?? h;
    expect(h.future).toHaveLength(1);
    h = record(h, cell('lines.1.unit', '', 'b'));
    expect(h.future).toEqual([]);
    for (let i = 0; i < HISTORY_LIMIT + 10; i += 1) h = record(seal(h), cell(`lines.${i}.unit`, '', 'x'));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toEqual(cell('lines.10.unit', '', 'x'));
  });

  it('property: undoing every step then redoing them gives back the same steps in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.string(), fc.string()), { maxLength: 30 }), (edits) => {
        let h = emptyHistory;
        for (const [line, before, after] of edits)
          h = record(seal(h), cell(`lines.${line}.unit`, before, after));
        const steps = h.past;
        const undone = [];
        for (let taken = undo(h); taken; taken = undo(h)) {
          undone.push(taken.step);
          h = taken.history;
        }
        expect(undone).toEqual([...steps].reverse());
        for (let taken = redo(h); taken; taken = redo(h)) h = taken.history;
        expect(h.past).toEqual(steps);
      }),
    );
  });
});
