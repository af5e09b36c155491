// The print preview of the 产品成本明细单: the A4 pages on a desk over the page, with 打印 (the
// browser's print, which prints only the pages: printSheet.css) and 下载 Excel.
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useLetterhead } from '@/components/print/letterhead';
import type { Sheet } from '@/contract/sheet';
import type { AgreementAdvice } from '@/domain/origin/advise';
import { saveBlob } from '@/lib/saveBlob';
import { CostSheetDocument, sheetPages } from './CostSheetDocument';
import { buildCostSheetWorkbook, costSheetFileName } from './costSheetWorkbook';
import { printedApplication, type PrintedRecord } from './printedApplication';
import { OriginAdvicePrint } from './OriginAdvicePrint';
import './printSheet.css';

export function PrintPreview({
  sheet,
  printedAt,
  advice,
  record,
  onClose,
}: {
  sheet: Sheet;
  printedAt: string;
  advice: AgreementAdvice[];
  record: PrintedRecord | null;
  onClose: () => void;
}) {
  const letterhead = useLetterhead();
  const application = printedApplication(record);
  const { message } = App.useApp();
  const close = useRef<HTMLButtonElement>(null);
  const pages = useMemo(() => sheetPages(sheet), [sheet]);
  useEffect(() => {
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
    };
    // Focus goes back to the 打印成本明细单 button: PrintCostSheet's job, by ref.
  }, [onClose]);
  const download = () =>
    void buildCostSheetWorkbook(sheet, letterhead, application)
      .then((blob) => saveBlob(blob, costSheetFileName(sheet)))
      .catch(() => void message.error('生成 Excel 文件时出错，请重试。'));
  return createPortal(
    <div className="cost-sheet-preview" role="dialog" aria-modal="true" aria-label="产品成本明细单打印预览">
      <div className="cost-sheet-preview-bar">
        <Typography.Text strong>
          产品成本明细单 · A4 横向 · 共 {pages.length} 页{advice.length > 0 && ' · 另附原产地标准预判 1 页'}
        </Typography.Text>
        <Space wrap>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button icon={<DownloadOutlined />} onClick={download}>
            下载 Excel
          </Button>
          <Button ref={close} onClick={onClose}>
            关闭预览
          </Button>
        </Space>
      </div>
      <div className="cost-sheet-preview-desk" tabIndex={0} role="group" aria-label="打印页面">
        <CostSheetDocument
          sheet={sheet}
          pages={pages}
          letterhead={letterhead}
          application={application}
          printedAt={printedAt}
        />
        {advice.length > 0 && <OriginAdvicePrint advice={advice} printedAt={printedAt} />}
      </div>
    </div>,
    document.body,
  );
}
