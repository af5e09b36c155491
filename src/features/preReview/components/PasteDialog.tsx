import { Alert, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { saveBlob } from '@/lib/saveBlob';
import { UnreadableSpreadsheetError } from '@/lib/spreadsheet';
import { parsePastedLines, pasteColumns, type PasteResult } from '../model/pasteLines';
import { lineLabels, type Line } from '@/contract/sheet';
import { ImportReport } from './ImportReport';
import { buildLinesTemplate, LINES_TEMPLATE_NAME, readLinesSpreadsheet } from '../spreadsheet/linesTemplate';

/** 从表格导入: rows copied from Excel or WPS, or a filled-in .xlsx template, appended as lines, with a row-by-row report. */
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
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setFileProblem(null);
    setReport(null);
    setReading(true);
    try {
      const result = await readLinesSpreadsheet(file);
      onImport(result.lines);
      setReport(result);
    } catch (error) {
      // Nothing is imported from a file that cannot be read; the sheet stays as it was.
      setFileProblem(
        error instanceof UnreadableSpreadsheetError
          ? `无法读取“${file.name}”：不是有效的 Excel（.xlsx）文件，未导入任何内容。请使用下载的模板填写后再导入。`
          : `读取“${file.name}”时出错，未导入任何内容。`,
      );
    } finally {
      setReading(false);
    }
  };
  const importRows = () => {
    const result = parsePastedLines(text);
    onImport(result.lines);
    setReport(result);
    setText('');
  };
  const close = () => {
    setReport(null);
    setFileProblem(null);
    setText('');
    onClose();
  };
  return (
    <Modal
      open={open}
      onCancel={close}
      title="从表格导入产品生产明细"
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
        导入粘贴的内容
      </Button>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 4 }}>
        或者选择按模板填写的 Excel 文件（.xlsx）：
        <Button
          type="link"
          onClick={() => void buildLinesTemplate().then((blob) => saveBlob(blob, LINES_TEMPLATE_NAME))}
        >
          下载产品生产明细模板
        </Button>
      </Typography.Paragraph>
      <label htmlFor="lines-file" style={{ display: 'block', marginBottom: 4 }}>
        选择 Excel 文件
      </label>
      <span className="file-picker">
        <input
          id="lines-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={reading}
          aria-invalid={Boolean(fileProblem)}
          onChange={(event) => {
            void importFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <span className="file-picker-button" aria-hidden="true">
          {reading ? '正在读取…' : '选择文件'}
        </span>
      </span>
      {fileProblem && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={fileProblem} />
      )}
      {report && (
        <ImportReport
          title={`已导入 ${report.lines.length} 行`}
          problems={report.problems}
          normalised={report.normalised}
        />
      )}
    </Modal>
  );
}
