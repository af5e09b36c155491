// The cost-sheet editor (产品预审 新增): product information and production detail lines, live
// totals and rules, 暂存 (any state) and 申报 (every rule), work in progress kept locally.
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { useKeptForm } from '@/components/form/useKeptForm';
import { WritingForm } from '@/components/form/WritingForm';
import { flattenErrors } from '@/components/form/FormErrorSummary';
import { serverFieldErrors, useFormRules } from '@/components/form/formRules';
import { SubmitBar } from '@/components/form/SubmitBar';
import { useConfirmDeclare } from '@/components/form/useConfirmDeclare';
import { stableStringify } from '@/lib/workInProgress';
import { isBlankLine, withoutBlankLines, type Violation } from '@/domain/preReview/costSheet';
import { declaredSheetSchema } from '@/domain/preReview/declaredSheet';
import type { PreReviewRecord } from '@/contract/preReview';
import { emptyProduct, submittedSheetSchema, withUniqueLineKeys, type Sheet } from '@/contract/sheet';
import { paths } from '@/lib/paths';
import { preReviewDeclareSummary } from '../model/declareSummary';
import { useCreatePreReview, useUpdatePreReview } from '../api/preReviews';
import { preReviewWorkInProgressKey } from '../model/workInProgressKey';
import { PrintCostSheet } from '../print/PrintCostSheet';
import { keptSheetReader } from '../model/keptSheet';
import { cellAt, sheetFieldId } from '../model/sheetFieldId';
import { createViolationStore } from '../model/violationStore';
import { LinesTable, emptyLine, newLineKey, type LinesTableHandle } from './LinesTable';
import { ProductSection } from './ProductSection';
import { SheetSummary } from './SheetSummary';
import { OriginAdvicePanel } from './OriginAdvicePanel';
import { useOriginAdviceState } from './useOriginAdvice';
import { PreReviewNumber, receipt } from './receipt';

const emptySheet = (): Sheet => ({ product: emptyProduct(), lines: [emptyLine()] });

/** Two sheets say the same when product and lines match in order; line keys are only identity. */
function sameSheet(a: Sheet, b: Sheet): boolean {
  // Blank lines are not sent, so they are not unsaved work either.
  const content = (sheet: Sheet) => ({
    product: sheet.product,
    lines: sheet.lines.filter((line) => !isBlankLine(line)).map(({ key: _k, ...l }) => l),
  });
  return stableStringify(content(a)) === stableStringify(content(b));
}

/** What restored work holds, for the notice: the product and how many lines. */
function describeSheet(sheet: Sheet): string {
  const name = sheet.product.nameCn.trim();
  return `${name ? `产品“${name}”，` : ''}产品生产明细 ${sheet.lines.length} 行`;
}

const readSheet = keptSheetReader(newLineKey);

export function PreReviewEditor({ record, username }: { record: PreReviewRecord | null; username: string }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [saved] = useState(() => (record ? withUniqueLineKeys(record.data, newLineKey) : emptySheet()));
  const rules = useFormRules<Sheet, Sheet, Sheet>({
    declare: declaredSheetSchema,
    draft: submittedSheetSchema,
    serverPrefix: 'data.',
  });
  const { form, baseVersionRef, restored, resetToServer, afterSubmit, kept } = useKeptForm<Sheet>({
    key: preReviewWorkInProgressKey(username, record?.id ?? null),
    saved,
    version: record?.version ?? 0,
    read: readSheet,
    same: sameSheet,
    describe: describeSheet,
    form: { resolver: rules.resolver, reValidateMode: 'onSubmit', shouldFocusError: false },
  });
  const { control, getValues, setValue } = form;
  const [store] = useState(createViolationStore);
  const lines = useRef<LinesTableHandle>(null);
  const [forDeclare, setForDeclare] = useState(false);
  const origin = useOriginAdviceState(username, record?.id ?? null);
  const [serverViolations, setServerViolations] = useState<Violation[]>([]);
  const create = useCreatePreReview();
  const update = useUpdatePreReview();
  const [id, setId] = useState(record?.id ?? null);
  // Until the first 暂存 the sheet is new; from then on each submit updates the record it made.
  const save = id === null ? create : update;

  const goTo = (path: string) => {
    const cell = cellAt(path);
    if (cell) lines.current?.goTo(cell.line, cell.column);
    else document.getElementById(sheetFieldId(path))?.focus();
  };

  // 暂存 checks the sheet as submitted (lengths, characters, line keys); 申报 adds every rule of
  // the sheet. The fields show the live rules through the store, so the resolver runs on submit only.
  const confirmDeclare = useConfirmDeclare();
  const submit = (declare: boolean) =>
    (declare ? rules.submitDeclare : rules.submitDraft)(
      form.handleSubmit,
      // Blank lines are no lines: not sent, so neither the record nor its rules see them.
      (data) => {
        const sheet = withoutBlankLines(data);
        if (!declare) return send(false, sheet);
        confirmDeclare(preReviewDeclareSummary(sheet, record?.state ?? '新增', record?.number ?? null), () =>
          send(true, sheet),
        );
      },
      (errors) => {
        if (declare) setForDeclare(true);
        const first = flattenErrors(errors)[0];
        void message.error(
          declare
            ? '还有需要修改的项目，请按提示修改后再申报。'
            : (first?.message ?? '填写的内容超出了允许的范围。'),
        );
        if (first) goTo(first.name);
      },
    );

  const send = (declare: boolean, data: Sheet) => {
    const request = { version: baseVersionRef.current, declare, data };
    // What the service will have once it answers yes; kept apart from the live form values.
    const submitted = structuredClone(getValues());
    const answer = save.submit(
      { params: id === null ? undefined : { id }, body: request },
      {
        onSuccess: ({ preReview }) => {
          setId(preReview.id);
          baseVersionRef.current = preReview.version;
          setServerViolations([]);
          const said = declare ? '已申报，请等待海关审核。' : '已暂存，可稍后继续填写。';
          void message.success(receipt(said, preReview.number));
          if (declare) void navigate(paths.preReview(preReview.id));
          else void navigate(paths.editPreReview(preReview.id), { replace: true });
        },
        onError: (error) => {
          const said = serverFieldErrors(error, { serverPrefix: 'data.' });
          if (said.length > 0) {
            setServerViolations(said.map(({ name, message }) => ({ rule: 'FORMAT', path: name, message })));
          }
        },
      },
    );
    if (answer) afterSubmit(answer, submitted, () => ({ continues: !declare }));
  };

  return (
    <WritingForm
      label="产品预审"
      onSubmit={() => submit(true)}
      onChange={() => serverViolations.length > 0 && setServerViolations([])}
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <RestoredNotice
          restored={restored}
          discardLabel={record ? '放弃这些内容，恢复为已暂存的版本' : '放弃这些内容，重新填写'}
          onDiscard={() => resetToServer(saved, record?.version ?? 0)}
        />
        {record?.applicationStatus === '审核不通过' && record.opinion && (
          <Alert type="warning" showIcon title="海关审核不通过" description={record.opinion} />
        )}
        <Card
          title="产品信息"
          extra={
            record ? (
              <PreReviewNumber number={record.number} />
            ) : (
              <Typography.Text type="secondary">预审编号在首次暂存或申报时生成</Typography.Text>
            )
          }
        >
          <ProductSection control={control} store={store} />
        </Card>
        <Card title="计算结果（随填写实时更新）">
          <SheetSummary
            form={form}
            store={store}
            forDeclare={forDeclare}
            serverViolations={serverViolations}
            onGoTo={goTo}
          />
        </Card>
        <Card title="原产地标准预判">
          <OriginAdvicePanel
            form={form}
            state={origin}
            onGoToLine={(index) => lines.current?.goTo(index, 'nonOriginValue')}
          />
        </Card>
        <Card title="产品生产明细">
          <LinesTable
            control={control}
            getValues={getValues}
            setValue={setValue}
            subscribe={form.subscribe}
            store={store}
            handle={lines}
          />
        </Card>
        {save.error && <RequestErrorAlert error={save.error} title="提交未完成" />}
        <SubmitBar writes={[save]} kept={kept}>
          <Button
            onClick={() => submit(false)}
            loading={save.isPending && save.variables?.body.declare === false}
            disabled={save.isPending}
          >
            暂存
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={save.isPending && save.variables?.body.declare === true}
            disabled={save.isPending}
          >
            申报
          </Button>
          <PrintCostSheet sheet={() => getValues()} record={record} advice={origin.adviceFor} />
        </SubmitBar>
      </Space>
    </WritingForm>
  );
}
