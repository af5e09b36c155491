// 打印成本明细单: a print preview over the page (the A4 pages as they will print, on a desk), with
// 打印 (the browser's print, which prints only the pages: printSheet.css) and the same sheet as an
// .xlsx. The sheet is taken when the preview opens: what the editor holds then, typed or saved.
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Sheet } from '@/contract/sheet';
import type { AgreementAdvice } from '@/domain/origin/advise';
import { withoutBlankLines } from '@/domain/preReview/costSheet';
import { formatDateTime } from '@/lib/format';
import type { PrintedRecord } from './printedApplication';

// The preview, its pages and stylesheet are fetched on the first 打印成本明细单, not with the editor.
const PrintPreview = lazy(() => import('./PrintPreview').then((m) => ({ default: m.PrintPreview })));

export function PrintCostSheet({
  sheet,
  record,
  advice,
}: {
  /** The sheet to print, read when the preview opens. */
  sheet: () => Sheet;
  /** The saved application, or null for a sheet not yet saved. */
  record: PrintedRecord | null;
  /** The 原产地标准预判 for the sheet, as the page shows it: printed on a page of its own. */
  advice?: (sheet: Sheet) => AgreementAdvice[];
}) {
  const [open, setOpen] = useState<{ sheet: Sheet; printedAt: string; advice: AgreementAdvice[] } | null>(
    null,
  );
  // Focus goes back to the button once the preview is gone: the button itself (by ref), not the
  // element focused when the preview opened, which a re-render of the editor may have replaced.
  const trigger = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  const close = useCallback(() => {
    closed.current = true;
    setOpen(null);
  }, []);
  useEffect(() => {
    if (open || !closed.current) return;
    closed.current = false;
    trigger.current?.focus();
  }, [open]);
  return (
    <>
      <Button
        ref={trigger}
        icon={<PrinterOutlined />}
        onClick={() => {
          const now = withoutBlankLines(sheet());
          setOpen({
            sheet: now,
            printedAt: formatDateTime(new Date().toISOString()),
            advice: advice?.(now) ?? [],
          });
        }}
      >
        打印成本明细单
      </Button>
      {open && (
        <Suspense fallback={null}>
          <PrintPreview {...open} record={record} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
