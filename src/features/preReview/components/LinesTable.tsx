// 产品生产明细: the lines (virtualised in LinesBody, so a 2,000-line sheet stays quick), put
// together from what each part does — the toolbar (LinesToolbar), the keyboard grid and its block
// (useCellGrid), the sheet's undo and its shortcut (useLinesHistory, useSheetUndoKeys), lines
// pasted or imported in bulk (useLinesPaste), and add, duplicate, remove and reorder here.
import { Typography } from 'antd';
import { useCallback, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import {
  useFieldArray,
  type Control,
  type UseFormGetValues,
  type UseFormSetValue,
  type UseFormSubscribe,
} from 'react-hook-form';
import { blankLine, type Line, type Sheet } from '@/contract/sheet';
import { filledCount } from '../model/importLines';
import { linesOver } from '../model/lineLimit';
import type { ViolationStore } from '../model/violationStore';
import { ImportReport } from './ImportReport';
import { LinesBody, type LinesBodyHandle } from './LinesBody';
import { LinesHeader } from './LinesHeader';
import { LinesToolbar } from './LinesToolbar';
import { PasteDialog } from './PasteDialog';
import { useCellGrid } from './useCellGrid';
import { useFocusCell } from './useFocusCell';
import { useLinesHistory } from './useLinesHistory';
import { useLinesPaste } from './useLinesPaste';
import { useSheetUndoKeys } from './useSheetUndoKeys';

export function newLineKey(): string {
  return crypto.randomUUID();
}

export const emptyLine = (): Line => blankLine(newLineKey());

export interface LinesTableHandle {
  /** Scrolls the line into view and focuses the field (for "定位" links). */
  goTo(index: number, field: string): void;
}

interface LinesTableProps {
  control: Control<Sheet>;
  getValues: UseFormGetValues<Sheet>;
  setValue: UseFormSetValue<Sheet>;
  /** The form's change feed, for the sheet's undo history. */
  subscribe: UseFormSubscribe<Sheet>;
  store: ViolationStore;
  handle: Ref<LinesTableHandle>;
}

export function LinesTable({ control, getValues, setValue, subscribe, store, handle }: LinesTableProps) {
  const { fields, append, insert, remove, move, replace } = useFieldArray({ control, name: 'lines' });
  const [pasting, setPasting] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<LinesBodyHandle>(null);
  const section = useRef<HTMLElement>(null);
  const focusCell = useFocusCell(body);

  useImperativeHandle(handle, () => ({
    goTo(index, field) {
      focusCell(index, field, { align: 'center' });
    },
  }));

  const history = useLinesHistory({ subscribe, getValues, setValue, replace, focusCell });
  useSheetUndoKeys(section, history);
  const grid = useCellGrid({ lineCount: fields.length, getValues, setValue, replace, focusCell });
  const bulk = useLinesPaste({ getValues, replace, focusCell, newLine: emptyLine, newKey: newLineKey });

  const onDuplicate = useCallback(
    (index: number) => insert(index + 1, { ...getValues(`lines.${index}`), key: newLineKey() }),
    [insert, getValues],
  );
  const onRemove = useCallback((index: number) => remove(index), [remove]);
  const onMove = useCallback((from: number, to: number) => move(from, to), [move]);
  const ids = useMemo(() => fields.map((field) => field.id), [fields]);
  // Counted as the service counts (filled lines) whenever the lines change.
  const over = linesOver(filledCount(getValues('lines')));

  return (
    <section aria-label="产品生产明细" ref={section}>
      <LinesToolbar
        count={fields.length}
        over={over}
        onAdd={() => append(emptyLine())}
        onImport={() => setPasting(true)}
        history={history}
        range={grid.range}
      />
      {bulk.report && <ImportReport {...bulk.report} onClose={bulk.closeReport} />}
      {/* One scrolling box for both directions, so the header sticks to the top and the
          number, name and action columns to the sides (gridLayout). */}
      <div
        ref={scroller}
        role="table"
        aria-label="产品生产明细"
        aria-rowcount={fields.length + 1}
        style={{ overflow: 'auto', maxHeight: 600, containerType: 'inline-size', position: 'relative' }}
        onPaste={bulk.onPaste}
        onCopy={grid.onCopy}
        onKeyDown={grid.onKeyDown}
        onPointerDown={grid.onPointerDown}
        onBlur={history.seal}
      >
        <LinesHeader />
        <LinesBody
          ids={ids}
          scroller={scroller}
          control={control}
          setValue={setValue}
          store={store}
          onDuplicate={onDuplicate}
          onRemove={onRemove}
          onMove={onMove}
          range={grid.range}
          handle={body}
        />
      </div>
      {fields.length === 0 && (
        <Typography.Paragraph type="secondary">还没有产品生产明细，请新增或从表格导入。</Typography.Paragraph>
      )}
      <PasteDialog
        open={pasting}
        filled={filledCount(getValues('lines'))}
        onClose={() => setPasting(false)}
        onImport={bulk.onImport}
      />
    </section>
  );
}
