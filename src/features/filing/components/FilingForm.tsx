// The filing application form: 暂存 (any state) and 申报 (every rule of F1), live validation,
// work in progress kept locally, server errors shown on their fields, conflicts explained.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Form, Row, Space } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { SelectField } from '@/components/form/SelectField';
import { showServerFieldErrors } from '@/components/form/serverErrors';
import { TextField } from '@/components/form/TextField';
import { readWorkInProgress, useWorkInProgress } from '@/components/form/useWorkInProgress';
import { useSubmission } from '@/components/form/useSubmission';
import { provinces } from '@/domain/regions';
import { ApiError } from '@/lib/api/apiError';
import { formatDateTime } from '@/lib/format';
import { filingQueries } from '../api/filingQueries';
import { useSubmitFiling, type FilingSubmit } from '../api/submitFiling';
import { customsOfficesForProvince } from '../model/customsOffices';
import {
  emptyFilingDraft,
  enterpriseNatures,
  enterpriseTypes,
  filingDataSchema,
  filingDraftSchema,
  filingFieldLabels,
  type FilingData,
  type FilingDraft,
  type FilingRecord,
} from '../model/filingSchemas';

const fieldNames = Object.keys(filingFieldLabels);
const toOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const provinceOptions = provinces.map((p) => ({ value: p.code, label: p.name }));

export function workInProgressKey(username: string): string {
  return `${username}:filing`;
}

export function FilingForm({ filing, username }: { filing: FilingRecord | null; username: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const wipKey = workInProgressKey(username);
  const [initial] = useState(() => {
    const saved = filing?.current?.data ?? emptyFilingDraft;
    const wip = readWorkInProgress<FilingDraft>(wipKey, saved);
    if (wip)
      return {
        values: { ...emptyFilingDraft, ...wip.values },
        baseVersion: wip.baseVersion,
        restoredAt: wip.savedAt,
      };
    return {
      values: saved,
      baseVersion: filing?.version ?? 0,
      restoredAt: null,
    };
  });
  // The server version the user's values start from; sent with each submit to detect conflicts.
  const baseVersion = useRef(initial.baseVersion);
  const form = useForm<FilingDraft, unknown, FilingData>({
    defaultValues: initial.values,
    // The form holds plain strings ('' = not chosen yet); the schema narrows them on 申报.
    resolver: zodResolver(filingDataSchema) as unknown as Resolver<FilingDraft, unknown, FilingData>,
    mode: 'onTouched',
  });
  const { control, formState, reset, setError, setValue, getValues, handleSubmit } = form;
  const { clear: clearWorkInProgress } = useWorkInProgress(wipKey, form, baseVersion);
  const submit = useSubmitFiling();
  const submission = useSubmission();

  // Another tab saved the filing: follow it unless the user has typed something here.
  const serverVersion = filing?.version ?? 0;
  useEffect(() => {
    if (serverVersion !== baseVersion.current && !formState.isDirty && initial.restoredAt === null) {
      reset(filing?.current?.data ?? emptyFilingDraft);
      baseVersion.current = serverVersion;
    }
  }, [serverVersion, formState.isDirty, initial.restoredAt, filing, reset]);

  const province = useWatch({ control, name: 'registeredProvince' });
  const officeOptions = useMemo(
    () =>
      customsOfficesForProvince(province).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })),
    [province],
  );
  // A new place of registration invalidates a 备案海关 chosen for the old one.
  useEffect(() => {
    const office = getValues('customsOfficeCode');
    if (office && !officeOptions.some((o) => o.value === office)) setValue('customsOfficeCode', '');
  }, [officeOptions, getValues, setValue]);

  const run = (payload: FilingSubmit) => {
    const started = submission.begin(payload);
    if (!started) return;
    submit.mutate(
      { submit: payload, ...started },
      {
        onSettled: (_data, error) => submission.settle(!error),
        onSuccess: ({ filing: saved }) => {
          clearWorkInProgress();
          if (saved) {
            baseVersion.current = saved.version;
            reset(saved.current?.data ?? emptyFilingDraft);
          }
          void message.success(
            payload.action === 'save' ? '已暂存，可稍后继续填写。' : '已申报，请等待海关审核。',
          );
        },
        onError: (error) => {
          showServerFieldErrors(error, setError, fieldNames, 'data.');
          if (error instanceof ApiError && error.isConflict) {
            void queryClient.invalidateQueries({ queryKey: filingQueries.all });
          }
        },
      },
    );
  };

  const onSave = () => {
    const draft = filingDraftSchema.safeParse(getValues());
    if (!draft.success) {
      for (const issue of draft.error.issues) {
        setError(String(issue.path[0]) as keyof FilingDraft, { type: 'draft', message: issue.message });
      }
      return;
    }
    run({ action: 'save', request: { version: baseVersion.current, data: draft.data } });
  };
  const onDeclare = () =>
    handleSubmit((data) => run({ action: 'declare', request: { version: baseVersion.current, data } }))();

  const conflict = submit.error instanceof ApiError && submit.error.isConflict;
  const keepMine = () => {
    baseVersion.current = serverVersion;
    submit.reset();
  };
  const takeTheirs = () => {
    reset(filing?.current?.data ?? emptyFilingDraft);
    baseVersion.current = serverVersion;
    clearWorkInProgress();
    submit.reset();
  };

  return (
    <form
      noValidate
      aria-label="企业备案申请"
      onSubmit={(event) => {
        event.preventDefault();
        void onDeclare();
      }}
    >
      {initial.restoredAt && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已恢复您在 ${formatDateTime(initial.restoredAt)} 未提交的填写内容。`}
        />
      )}
      <Form layout="vertical" component={false}>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <TextField control={control} name="nameCn" label="企业中文名称" required maxLength={100} />
          </Col>
          <Col xs={24} md={12}>
            <TextField control={control} name="nameEn" label="企业英文名称" required maxLength={200} />
          </Col>
          <Col xs={24} md={12}>
            <TextField
              control={control}
              name="uscc"
              label="统一社会信用代码"
              required
              maxLength={18}
              placeholder="18位，如 91330203MA2GQ8XL2M"
            />
          </Col>
          <Col xs={24} md={12}>
            <TextField
              control={control}
              name="customsCode"
              label="海关编码"
              required
              maxLength={10}
              placeholder="10位"
            />
          </Col>
          <Col xs={24} md={12}>
            <SelectField
              control={control}
              name="nature"
              label="企业性质"
              required
              options={toOptions(enterpriseNatures)}
            />
          </Col>
          <Col xs={24} md={12}>
            <SelectField
              control={control}
              name="enterpriseType"
              label="企业类型"
              required
              options={toOptions(enterpriseTypes)}
              extra="只有生产型企业需要办理产品预审。"
            />
          </Col>
          <Col xs={24} md={12}>
            <TextField
              control={control}
              name="legalRepresentative"
              label="法定代表人"
              required
              maxLength={50}
            />
          </Col>
          <Col xs={24} md={12}>
            <SelectField
              control={control}
              name="registeredProvince"
              label="工商注册地"
              required
              options={provinceOptions}
            />
          </Col>
          <Col xs={24}>
            <TextField control={control} name="address" label="住所/地址" required maxLength={200} />
          </Col>
          <Col xs={24} md={12}>
            <TextField control={control} name="contactName" label="联系人" required maxLength={50} />
          </Col>
          <Col xs={24} md={12}>
            <TextField control={control} name="contactPhone" label="联系电话" required maxLength={20} />
          </Col>
          <Col xs={24} md={12}>
            <SelectField
              control={control}
              name="customsOfficeCode"
              label="备案海关"
              required
              options={officeOptions}
              placeholder={province ? '请选择' : '请先选择工商注册地'}
              extra="向工商注册地所在地的海关备案。"
            />
          </Col>
        </Row>
      </Form>

      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title="提交未生效：备案已在其他窗口更新"
          description={submit.error?.message}
          action={
            <Space orientation="vertical">
              <Button size="small" onClick={keepMine}>
                保留我的内容
              </Button>
              <Button size="small" onClick={takeTheirs}>
                载入最新内容
              </Button>
            </Space>
          }
        />
      ) : (
        submit.error && (
          <RequestErrorAlert
            error={submit.error}
            title={submit.variables?.submit.action === 'save' ? '暂存未完成' : '申报未完成'}
          />
        )
      )}

      <Space style={{ marginTop: 16 }}>
        <Button
          onClick={onSave}
          loading={submit.isPending && submit.variables.submit.action === 'save'}
          disabled={submit.isPending}
        >
          暂存
        </Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={submit.isPending && submit.variables.submit.action === 'declare'}
          disabled={submit.isPending}
        >
          申报
        </Button>
        {submit.isPending && <Button onClick={submission.cancel}>取消</Button>}
      </Space>
    </form>
  );
}
