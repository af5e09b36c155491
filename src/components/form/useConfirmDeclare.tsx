// 申报 sends an application to customs, which then decides on it: the exporter confirms first,
// reading what goes (the summary) and what happens next. One dialog at a time: a double click or
// Enter held down opens it once.
import { App, Descriptions, Typography } from 'antd';
import { useCallback, useRef, type ReactNode } from 'react';
import { useNarrowScreen } from '../useNarrowScreen';

export interface DeclareSummary {
  /** What is declared, as the title reads it: 企业备案申请, 产品预审变更申请… */
  what: string;
  /** What goes to customs, label by label. */
  items: ReadonlyArray<{ label: string; value: ReactNode }>;
  /** What happens after 申报 (customs reviews; what can still be done meanwhile). */
  after: string;
  /** Said above the summary when something will be lost (unsaved edits elsewhere). */
  warning?: string;
  /** The confirm button, when it must say more than 确认申报. */
  okText?: string;
}

export function useConfirmDeclare(): (summary: DeclareSummary, onConfirm: () => void) => void {
  const { modal } = App.useApp();
  const open = useRef(false);
  // On a phone each label sits above its value: side by side, a code (预审编号) broke mid-number.
  const narrow = useNarrowScreen();
  return useCallback(
    (summary, onConfirm) => {
      if (open.current) return;
      open.current = true;
      modal.confirm({
        title: `确认申报${summary.what}`,
        width: 560,
        okText: summary.okText ?? '确认申报',
        cancelText: '返回修改',
        content: (
          <>
            {summary.warning && (
              <Typography.Paragraph type="warning" strong>
                {summary.warning}
              </Typography.Paragraph>
            )}
            <Typography.Paragraph>以下内容将提交海关审核：</Typography.Paragraph>
            <Descriptions
              aria-label="申报内容"
              size="small"
              column={1}
              bordered
              layout={narrow ? 'vertical' : 'horizontal'}
              items={summary.items.map(({ label, value }) => ({ key: label, label, children: value }))}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {summary.after}
            </Typography.Paragraph>
          </>
        ),
        onOk: onConfirm,
        afterClose: () => {
          open.current = false;
        },
      });
    },
    [modal, narrow],
  );
}
