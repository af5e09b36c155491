import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { parsePastedLines, pasteColumns, type PasteResult } from '../model/pasteLines';
import { lineLabels, type Line } from '../model/sheetSchemas';

/** 从表格粘贴: rows copied from Excel or WPS, appended as lines, with a row-by-row report. */
export function PasteDialog({
  open,
  onClose,
  onImport,
}: {
  open: boolean;
  onClose: () => void;
  onImport: (lines: Omit<Line, 'key'>[]) => void;
}) {
  const [text, setText] = useState('');
  const [report, setReport] = useState<PasteResult | null>(null);
  const importRows = () => {
    const result = parsePastedLines(text);
    onImport(result.lines);
    setReport(result);
    setText('');
  };
  const close = () => {
    setReport(null);
    setText('');
    onClose();
  };
  return (
    <Modal
      open={open}
      onCancel={close}
      title="从表格粘贴产品生产明细"
      footer={null}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph>
        在 Excel 或 WPS 中选中若干行（列顺序：{pasteColumns.map((c) => lineLabels[c]).join('、')}
        ），复制后粘贴到下面。可以包含表头行。
      </Typography.Paragraph>
      <label htmlFor="paste-lines" style={{ display: 'block', marginBottom: 4 }}>
        粘贴表格内容
      </label>
      <Input.TextArea
        id="paste-lines"
        rows={8}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="primary" style={{ marginTop: 12 }} disabled={text.trim() === ''} onClick={importRows}>
        导入
      </Button>
      {report && (
        <Alert
          style={{ marginTop: 12 }}
          type={report.problems.length > 0 ? 'warning' : 'success'}
          showIcon
          role="status"
          title={`已导入 ${report.lines.length} 行${report.problems.length > 0 ? `，${report.problems.length} 处无法读取` : ''}`}
          description={
            <ul aria-label="粘贴报告" style={{ margin: 0, paddingLeft: 18 }}>
              {report.problems.map((p) => (
                <li key={`${p.row}-${p.message}`}>{p.message}</li>
              ))}
              {report.normalised.length > 0 && (
                <li>第 {report.normalised.join('、')} 行的全角数字已转换为半角。</li>
              )}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
