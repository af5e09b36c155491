// 产品生产明细: the lines (virtualised in LinesBody, so a 2,000-line sheet stays quick), with add,
// duplicate, remove, reorder, paste and import, the keyboard grid and the sheet's undo.
import { PlusOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type ComponentProps,
  type KeyboardEvent,
  type Ref,
} from 'react';
import {
  useFieldArray,
  type Control,
  type UseFormGetValues,
  type UseFormSetValue,
  type UseFormSubscribe,
} from 'react-hook-form';
import { blankLine, lineLabels, MAX_LINES, type Line, type Sheet } from '@/contract/sheet';
import { describePaste, isBlock, pasteBlock } from '../model/pasteBlock';
import { filledCount, importInto } from '../model/importLines';
import { linesOver, overLimitMessage, upToLimit } from '../model/lineLimit';
import { moveFrom } from '../model/gridMoves';
import { copyBlock, fillBlockDown, isMultiCell, rangeOf, type Block } from '../model/cellBlock';
import { LinesBody, type LinesBodyHandle } from './LinesBody';
import { lineColumns } from './lineColumns';
import {
  actionsCell,
  AMOUNT_WIDTH,
  cell,
  columnCell,
  HEADER_HEIGHT,
  numberCell,
  rowStyle,
  ROW_WIDTH,
} from './gridLayout';
import { PasteDialog } from './PasteDialog';
import { ImportReport } from './ImportReport';
import { cellOf } from './sheetFieldId';
import { useLinesHistory } from './useLinesHistory';
import { sheetFieldId } from './sheetFieldId';
import type { ViolationStore } from './violationStore';

export function newLineKey(): string {
  return crypto.randomUUID();
}

export const emptyLine = (): Line => blankLine(newLineKey());

/** What the sheet says after a paste or an import (the report's own props). */
type SheetReport = Omit<ComponentProps<typeof ImportReport>, 'onClose'>;

/** The letter of a Ctrl (or ⌘) shortcut, lower case; null without Ctrl/⌘ or with Alt (AltGr). */
function withCtrl(event: {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  key: string;
}): string | null {
  return (event.ctrlKey || event.metaKey) && !event.altKey ? event.key.toLowerCase() : null;
}

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

  /** Focuses a cell, scrolling its line into view first if it is not rendered yet. */
  const focusCell = useCallback(
    (line: number, field: string, { select = false, align = 'auto' as 'auto' | 'center' } = {}) => {
      const focus = () => {
        const input = document.getElementById(sheetFieldId(`lines.${line}.${field}`));
        input?.focus();
        // As a spreadsheet: a cell moved to is selected, so typing replaces what it holds.
        if (select && input instanceof HTMLInputElement) input.select();
        return input !== null;
      };
      if (align === 'auto' && focus()) return;
      body.current?.scrollToIndex(line, align);
      // The line's row is rendered once the virtualiser has seen the scroll, a frame or a few later
      // on a slow machine: try each frame until it is there, for at most half a second.
      let frames = 30;
      const retry = () => {
        if (!focus() && (frames -= 1) > 0) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
    },
    [],
  );

  useImperativeHandle(handle, () => ({
    goTo(index, field) {
      focusCell(index, field, { align: 'center' });
    },
  }));

  const history = useLinesHistory({ subscribe, getValues, setValue, replace, focusCell });

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) in the sheet, or with the focus nowhere (a deleted line's
  // button took it along): the sheet's own undo, a whole cell edit or change of the lines at a
  // time. In the product's fields, the input's own undo stays.
  const section = useRef<HTMLElement>(null);
  const { undo, redo } = history;
  useEffect(() => {
    const onUndoKey = (event: globalThis.KeyboardEvent) => {
      const key = withCtrl(event);
      if (key !== 'z' && key !== 'y') return;
      const target = event.target;
      const inSheet =
        target === document.body || (target instanceof Node && section.current?.contains(target));
      if (!inSheet) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onUndoKey);
    return () => document.removeEventListener('keydown', onUndoKey);
  }, [undo, redo]);

  // A block of cells selected with Shift and the arrows (Ctrl+C copies it, Ctrl+D fills it down).
  const [block, setBlock] = useState<Block | null>(null);
  const range = useMemo(() => (isMultiCell(block) ? rangeOf(block) : null), [block]);
  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (!range) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', copyBlock(getValues('lines'), range));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = cellOf(event.target);
    // While an input method composes (拼音), Enter and the arrows are its own.
    if (!at || event.nativeEvent.isComposing || !(event.target instanceof HTMLInputElement)) return;
    // Enter in a cell moves down; it never submits the form (申报).
    if (event.key === 'Enter') event.preventDefault();
    const shortcut = withCtrl(event);
    // Ctrl+D: fill down, as a spreadsheet does — over a block, from its first line; in one cell,
    // from the cell above.
    if (shortcut === 'd') {
      event.preventDefault();
      if (isMultiCell(block)) {
        replace(fillBlockDown(getValues('lines'), rangeOf(block)));
        requestAnimationFrame(() => focusCell(at.line, at.column));
      } else if (at.line > 0) {
        const above = getValues(`lines.${at.line - 1}.${at.column}`);
        setValue(`lines.${at.line}.${at.column}`, above, { shouldDirty: true });
      }
      return;
    }
    // Copying keeps the block; any other key (Shift alone included) is handled below.
    if (shortcut === 'c' || event.key === 'Shift' || event.key === 'Control' || event.key === 'Meta') return;
    const { selectionStart: from, selectionEnd: to, value } = event.target;
    const whole = from === 0 && to === value.length;
    const arrow = event.key.startsWith('Arrow');
    const press = {
      key: event.key,
      // Shift with an arrow extends the block; it moves as the arrow alone would.
      shiftKey: arrow ? false : event.shiftKey,
      modified: event.ctrlKey || event.altKey || event.metaKey,
      caretAtStart: from === 0 && (to === 0 || whole),
      caretAtEnd: to === value.length && (from === value.length || whole),
    };
    const next = moveFrom(at, press, fields.length);
    if (arrow && event.shiftKey && next) {
      event.preventDefault();
      setBlock({ anchor: block?.anchor ?? at, focus: next });
      focusCell(next.line, next.column, { select: true });
      return;
    }
    setBlock(null);
    if (!next) return;
    event.preventDefault();
    focusCell(next.line, next.column, { select: true });
  };

  const onDuplicate = useCallback(
    (index: number) => insert(index + 1, { ...getValues(`lines.${index}`), key: newLineKey() }),
    [insert, getValues],
  );
  const onRemove = useCallback((index: number) => remove(index), [remove]);
  const [report, setReport] = useState<SheetReport | null>(null);

  /** The report of a paste or import that left `lines`: with the limit's word when past it. */
  const reportOn = (lines: readonly Line[], said: SheetReport): SheetReport => {
    const over = linesOver(filledCount(lines));
    if (over === 0) return said;
    const onTrim = () => {
      const all = getValues('lines');
      const kept = upToLimit(all);
      replace(kept);
      setReport({
        title: `已只保留前 ${MAX_LINES} 行，删除了其后的 ${all.length - kept.length} 行（可撤销）`,
        problems: [],
        normalised: [],
      });
    };
    return { ...said, limit: { over, onTrim } };
  };

  // A block copied from a spreadsheet, pasted into a cell: filled from there rightwards and down
  // in one change of the lines; a single value is left to the input, as any paste.
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const at = cellOf(event.target);
    const text = event.clipboardData.getData('text/plain');
    if (!at || !isBlock(text)) return;
    event.preventDefault();
    const result = pasteBlock(getValues('lines'), at, text, emptyLine);
    replace(result.lines);
    setReport(
      reportOn(result.lines, {
        title: describePaste(result),
        problems: result.problems,
        normalised: result.normalised,
      }),
    );
    // The rows are rendered anew: give the focus back to the cell the block was pasted into.
    requestAnimationFrame(() => focusCell(at.line, at.column));
  };
  const onMove = useCallback((from: number, to: number) => move(from, to), [move]);
  const ids = useMemo(() => fields.map((field) => field.id), [fields]);
  // Counted as the service counts (filled lines) whenever the lines change.
  const over = linesOver(filledCount(getValues('lines')));

  return (
    <section aria-label="产品生产明细" ref={section}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text>共 {fields.length} 行</Typography.Text>
        {over > 0 && (
          <Typography.Text type="danger" role="status">
            {overLimitMessage(over)}
          </Typography.Text>
        )}
        <Button icon={<PlusOutlined />} onClick={() => append(emptyLine())}>
          新增一行
        </Button>
        <Button onClick={() => setPasting(true)}>从表格导入</Button>
        {[
          { label: '撤销', keys: 'Ctrl+Z', icon: <UndoOutlined />, can: history.canUndo, take: history.undo },
          { label: '重做', keys: 'Ctrl+Y', icon: <RedoOutlined />, can: history.canRedo, take: history.redo },
        ].map(({ label, keys, icon, can, take }) => (
          <Button key={label} icon={icon} disabled={!can} onClick={take} title={`${label}（${keys}）`}>
            {label}
          </Button>
        ))}
        {range && (
          <Typography.Text role="status">
            已选择 {range.bottom - range.top + 1} 行 × {range.columns.length} 列（Ctrl+C 复制，Ctrl+D
            向下填充）
          </Typography.Text>
        )}
      </Space>
      {report && <ImportReport {...report} onClose={() => setReport(null)} />}
      {/* One scrolling box for both directions, so the header sticks to the top and the
          number, name and action columns to the sides (gridLayout). */}
      <div
        ref={scroller}
        role="table"
        aria-label="产品生产明细"
        aria-rowcount={fields.length + 1}
        style={{ overflow: 'auto', maxHeight: 600, containerType: 'inline-size', position: 'relative' }}
        onPaste={onPaste}
        onCopy={onCopy}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => !event.shiftKey && setBlock(null)}
        onBlur={history.seal}
      >
        <div
          role="rowgroup"
          style={{ position: 'sticky', top: 0, zIndex: 5, width: ROW_WIDTH, minWidth: '100%' }}
        >
          <div
            role="row"
            aria-rowindex={1}
            style={{ ...rowStyle, height: HEADER_HEIGHT, background: '#fafafa', fontWeight: 500 }}
          >
            <span role="columnheader" style={numberCell}>
              序号
            </span>
            {lineColumns.map(({ key, width }) => (
              <span role="columnheader" key={key} style={columnCell(key, width)}>
                {lineLabels[key]}
              </span>
            ))}
            <span role="columnheader" style={cell(AMOUNT_WIDTH)}>
              单价×用料
            </span>
            <span role="columnheader" style={actionsCell}>
              操作
            </span>
          </div>
        </div>
        <LinesBody
          ids={ids}
          scroller={scroller}
          control={control}
          setValue={setValue}
          store={store}
          onDuplicate={onDuplicate}
          onRemove={onRemove}
          onMove={onMove}
          range={range}
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
        onImport={(preview, mode) => {
          const { lines, summary } = importInto(getValues('lines'), preview, mode, newLineKey);
          replace(lines);
          setReport(
            reportOn(lines, { ...summary, problems: preview.problems, normalised: preview.normalised }),
          );
        }}
      />
    </section>
  );
}
