// The filing form, for a filing application or a change application: 暂存 (any state) and 申报
// (every rule of F1), live validation, work in progress kept locally, server errors shown on
// their fields, conflicts with another tab explained.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { showServerFieldErrors } from '@/components/form/serverErrors';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { startingPoint, useWorkInProgress } from '@/components/form/useWorkInProgress';
import { useSubmission } from '@/components/form/useSubmission';
import { ApiError } from '@/lib/api/apiError';
import { filingQueries } from '../api/filingQueries';
import { useSubmitFiling, type FilingSubmit } from '../api/submitFiling';
import { dataToEdit, type ApplicationKind } from '../model/filingRules';
import {
  emptyFilingDraft,
  filingDataSchema,
  filingDraftSchema,
  filingFieldLabels,
  type FilingData,
  type FilingDraft,
  type FilingRecord,
} from '../model/filingSchemas';
import { FilingChangeDiff } from './FilingChangeDiff';
import { FilingFields } from './FilingFields';

const fieldNames = [...Object.keys(filingFieldLabels), 'attachments'];

export function workInProgressKey(username: string, kind: ApplicationKind): string {
  return `${username}:${kind === 'filing' ? 'filing' : 'filing-change'}`;
}

const wording: Record<ApplicationKind, { title: string; declared: string }> = {
  filing: { title: '企业备案申请', declared: '已申报，请等待海关审核。' },
  change: { title: '备案变更申请', declared: '备案变更已申报，请等待海关审核。审核期间不能办理产品预审。' },
};

interface FilingFormProps {
  kind: ApplicationKind;
  filing: FilingRecord | null;
  username: string;
}

export function FilingForm({ kind, filing, username }: FilingFormProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const wipKey = workInProgressKey(username, kind);
  const serverValues = dataToEdit(filing, kind) ?? emptyFilingDraft;
  const [initial] = useState(() =>
    startingPoint<FilingDraft>(wipKey, serverValues, filing?.version ?? 0, (stored) => ({
      ...emptyFilingDraft,
      ...(stored as Partial<FilingDraft>),
    })),
  );
  // The server version the user's values start from; sent with each submit to detect conflicts.
  const baseVersion = useRef(initial.baseVersion);
  const form = useForm<FilingDraft, unknown, FilingData>({
    defaultValues: initial.values,
    // The form holds plain strings ('' = not chosen yet); the schema narrows them on 申报.
    resolver: zodResolver(filingDataSchema) as unknown as Resolver<FilingDraft, unknown, FilingData>,
    mode: 'onTouched',
  });
  const { control, formState, reset, setError, getValues, handleSubmit } = form;
  const { clear: clearWorkInProgress } = useWorkInProgress(wipKey, form, baseVersion);
  const submit = useSubmitFiling();
  const submission = useSubmission();

  // Another tab saved the filing: follow it unless the user has typed something here.
  const serverVersion = filing?.version ?? 0;
  useEffect(() => {
    if (serverVersion !== baseVersion.current && !formState.isDirty && initial.restoredAt === null) {
      reset(dataToEdit(filing, kind) ?? emptyFilingDraft);
      baseVersion.current = serverVersion;
    }
  }, [serverVersion, formState.isDirty, initial.restoredAt, filing, kind, reset]);

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
            reset(dataToEdit(saved, kind) ?? emptyFilingDraft);
          }
          void message.success(
            payload.action === 'save' ? '已暂存，可稍后继续填写。' : wording[kind].declared,
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
        setError(issue.path.join('.') as keyof FilingDraft, { type: 'draft', message: issue.message });
      }
      return;
    }
    run({ action: 'save', kind, request: { version: baseVersion.current, data: draft.data } });
  };
  const onDeclare = () =>
    handleSubmit((data) =>
      run({ action: 'declare', kind, request: { version: baseVersion.current, data } }),
    )();

  const conflict = submit.error instanceof ApiError && submit.error.isConflict;
  const keepMine = () => {
    baseVersion.current = serverVersion;
    submit.reset();
  };
  const takeTheirs = () => {
    reset(dataToEdit(filing, kind) ?? emptyFilingDraft);
    baseVersion.current = serverVersion;
    clearWorkInProgress();
    submit.reset();
  };
  const pendingAction = submit.isPending ? submit.variables.submit.action : null;

  return (
    <form
      noValidate
      aria-label={wording[kind].title}
      onSubmit={(event) => {
        event.preventDefault();
        void onDeclare();
      }}
    >
      <RestoredNotice at={initial.restoredAt} />
      <FilingFields form={form} />
      {kind === 'change' && filing?.approved && (
        <FilingChangeDiff control={control} approved={filing.approved} />
      )}

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
        <Button onClick={onSave} loading={pendingAction === 'save'} disabled={submit.isPending}>
          暂存
        </Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={pendingAction === 'declare'}
          disabled={submit.isPending}
        >
          申报
        </Button>
        {submit.isPending && <Button onClick={submission.cancel}>取消</Button>}
      </Space>
    </form>
  );
}
