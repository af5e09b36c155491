import { Alert, Button, Form, Modal, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { FilePicker } from '@/components/FilePicker';
import { fromTable } from '@/components/form/FormField';
import { RadioField } from '@/components/form/RadioField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { saveBlob } from '@/lib/saveBlob';
import { UnreadableSpreadsheetError } from '@/lib/spreadsheet';
import { lineLabels, MAX_LINES } from '@/contract/sheet';
import { pasteColumns } from '../model/lineCells';
import {
  pasteFields,
  readPastedRows,
  type ImportPreview,
  type ImportMode,
  type PasteForm,
} from '../model/importLines';
import { firstLinesOf, linesOver, overLimitText } from '../model/lineLimit';
import { buildLinesTemplate, LINES_TEMPLATE_NAME, readLinesSpreadsheet } from '../spreadsheet/linesTemplate';
import { ImportReport } from './ImportReport';

interface Preview {
  /** Where the rows came from, as the dialog says it. */
  source: string;
  result: ImportPreview;
}

/**
 * 从表格导入: rows copied from Excel or WPS, or a filled-in .xlsx template, shown first as the lines
 * they will become, with what could not be read by source row; then appended after the sheet's
 * filled lines or put in place of them. Nothing goes into the sheet before 导入 is chosen.
 */
// antd's Table is not otherwise on the editor's page: fetched when a preview first shows.
const field = fromTable(pasteFields);

const ImportPreviewTable = lazy(() =>
  import('./ImportPreviewTable').then((m) => ({ default: m.ImportPreviewTable })),
);

export function PasteDialog({
  open,
  filled,
  onClose,
  onImport,
}: {
  open: boolean;
  /** How many filled (non-blank) lines the sheet has now. */
  filled: number;
  onClose: () => void;
  onImport: (preview: ImportPreview, mode: ImportMode) => void;
}) {
  const { control, reset } = useForm<PasteForm>({ defaultValues: { text: '', mode: 'append' } });
  const [text, mode] = useWatch({ control, name: ['text', 'mode'] });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const previewFile = async (file: File | undefined) => {
    if (!file) return;
    setFileProblem(null);
    setReading(true);
    try {
      setPreview({ source: `“${file.name}”`, result: await readLinesSpreadsheet(file) });
    } catch (error) {
      // Nothing is read from a file that cannot be read; the sheet stays as it was.
      setFileProblem(
        error instanceof UnreadableSpreadsheetError
          ? `无法读取“${file.name}”：不是有效的 Excel（.xlsx）文件，未导入任何内容。请使用下载的模板填写后再导入。`
          : `读取“${file.name}”时出错，未导入任何内容。`,
      );
    } finally {
      setReading(false);
    }
  };
  const close = () => {
    setPreview(null);
    setFileProblem(null);
    reset();
    onClose();
  };
  const how = filled > 0 ? mode : 'replace';
  const count = preview?.result.lines.length ?? 0;
  // Past the limit, the user chooses before anything goes in: the lines up to it, or all of them.
  const total = (how === 'append' ? filled : 0) + count;
  const over = linesOver(total);
  const fits = count - over;
  const confirm = (upToLimit = false) => {
    if (!preview) return;
    onImport(upToLimit ? firstLinesOf(preview.result, fits) : preview.result, how);
    close();
  };
  return (
    <Modal
      open={open}
      onCancel={close}
      title="从表格导入产品生产明细"
      footer={
        preview && (
          <Space wrap style={{ justifyContent: 'flex-end' }}>
            <Button onClick={() => setPreview(null)}>返回修改</Button>
            {over > 0 && fits > 0 && (
              <Button type="primary" onClick={() => confirm(true)}>
                只导入前 {fits} 行（到上限为止）
              </Button>
            )}
            <Button type={over > 0 ? 'default' : 'primary'} disabled={count === 0} onClick={() => confirm()}>
              {filled > 0 && mode === 'replace' ? `替换为这 ${count} 行` : `导入 ${count} 行`}
              {over > 0 && '（超出上限）'}
            </Button>
          </Space>
        )
      }
      width={preview ? 1100 : 720}
      destroyOnHidden
    >
      {preview ? (
        <>
          <Typography.Paragraph>
            以下是从{preview.source}读到的内容，确认后才会填入产品生产明细。
            {preview.result.header !== null && `第 ${preview.result.header} 行是表头，已跳过。`}
          </Typography.Paragraph>
          <ImportReport
            title={count === 0 ? '没有可导入的行' : `将导入 ${count} 行`}
            problems={preview.result.problems}
            normalised={preview.result.normalised}
            hint={
              preview.result.problems.length > 0
                ? '无法读取的单元格照原样导入，可在导入后改正，或改好表格后重新导入。'
                : undefined
            }
          />
          {over > 0 && (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              role="alert"
              title={`导入后共 ${total} 行，${overLimitText(over)}`}
              description={
                fits > 0
                  ? `可以只导入前 ${fits} 行；或全部导入，删除多出的行后再暂存或申报（最多 ${MAX_LINES} 行）。`
                  : `现有内容已达上限。全部导入后，须删除多出的行才能暂存或申报（最多 ${MAX_LINES} 行）。`
              }
            />
          )}
          {count > 0 && (
            <Suspense fallback={<Skeleton active paragraph={{ rows: 4 }} />}>
              <ImportPreviewTable preview={preview.result} />
            </Suspense>
          )}
          {filled > 0 && count > 0 && (
            <div style={{ marginTop: 12 }}>
              <Form layout="vertical" component={false}>
                <RadioField
                  control={control}
                  {...field('mode')}
                  vertical
                  options={[
                    { value: 'append', label: `追加到现有 ${filled} 行之后` },
                    { value: 'replace', label: `替换现有 ${filled} 行（可撤销）` },
                  ]}
                />
              </Form>
            </div>
          )}
        </>
      ) : (
        <>
          <Typography.Paragraph>
            在 Excel 或 WPS 中选中若干行（列顺序：{pasteColumns.map((c) => lineLabels[c]).join('、')}
            ），复制后粘贴到下面。可以包含表头行。导入前会先预览。
          </Typography.Paragraph>
          <Form layout="vertical" component={false}>
            <TextAreaField control={control} {...field('text')} rows={8} />
          </Form>
          <Button
            type="primary"
            disabled={text.trim() === ''}
            onClick={() => setPreview({ source: '粘贴的内容', result: readPastedRows(text) })}
          >
            预览粘贴的内容
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
          <FilePicker
            id="lines-file"
            label="选择 Excel 文件"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={reading}
            buttonText={reading ? '正在读取…' : '选择文件'}
            invalid={Boolean(fileProblem)}
            onFiles={(files) => void previewFile(files[0])}
          />
          {fileProblem && (
            <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={fileProblem} />
          )}
        </>
      )}
    </Modal>
  );
}
