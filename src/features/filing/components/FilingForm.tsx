// The filing form, for a filing application or a change application: 暂存 (any state) and 申报
// (every rule of F1), live validation, work in progress kept locally, server errors shown on
// their fields, conflicts with another tab explained.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { FormErrorSummary } from '@/components/form/FormErrorSummary';
import { useFormRules } from '@/components/form/formRules';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { useKeptForm } from '@/components/form/useKeptForm';
import { WritingForm } from '@/components/form/WritingForm';
import { SubmitBar } from '@/components/form/SubmitBar';
import { ApiError } from '@/lib/api/apiError';
import { filingQueries } from '../api/filingQueries';
import {
  useDeclareFiling,
  useDeclareFilingChange,
  useSaveFilingChangeDraft,
  useSaveFilingDraft,
} from '../api/submitFiling';
import { dataToEdit, type ApplicationKind } from '@/domain/filing/filingRules';
import {
  emptyFilingDraft,
  filingDataSchema,
  filingDraftSchema,
  filingFieldLabels,
  type FilingData,
  type FilingDraft,
  type FilingRecord,
} from '@/contract/filing';
import { FilingChangeDiff } from './FilingChangeDiff';
import { FilingFields } from './FilingFields';

const filingRules = {
  draft: filingDraftSchema,
  declare: filingDataSchema,
  serverPrefix: 'data.',
  fields: Object.keys(emptyFilingDraft),
};

type Submit = { action: 'save'; data: FilingDraft } | { action: 'declare'; data: FilingData };

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
  const serverValues = dataToEdit(filing, kind) ?? emptyFilingDraft;
  const rules = useFormRules<FilingDraft, FilingData, FilingDraft>(filingRules);
  const { form, baseVersionRef, restored, resetToServer, afterSubmit } = useKeptForm<
    FilingDraft,
    unknown,
    FilingData
  >({
    key: workInProgressKey(username, kind),
    saved: serverValues,
    version: filing?.version ?? 0,
    read: (stored) => ({ ...emptyFilingDraft, ...(stored as Partial<FilingDraft>) }),
    form: {
      // The form holds plain strings ('' = not chosen yet); the schema narrows them on 申报.
      resolver: rules.resolver,
      mode: 'onTouched',
    },
  });
  const { control, formState, setError, getValues, handleSubmit } = form;
  const writes = {
    filing: { save: useSaveFilingDraft(), declare: useDeclareFiling() },
    change: { save: useSaveFilingChangeDraft(), declare: useDeclareFilingChange() },
  }[kind];
  // The last of the two submits the user made: its error (or pending state) is the one shown.
  const [lastAction, setLastAction] = useState<'save' | 'declare'>('save');
  const submit = writes[lastAction];

  // Another tab saved the filing: follow it unless the user has typed something here.
  const serverVersion = filing?.version ?? 0;
  useEffect(() => {
    if (serverVersion !== baseVersionRef.current && !formState.isDirty && restored === null) {
      resetToServer(dataToEdit(filing, kind) ?? emptyFilingDraft, serverVersion);
    }
  }, [serverVersion, formState.isDirty, restored, filing, kind, resetToServer, baseVersionRef]);

  /** Sends 暂存 (the draft as it is) or 申报 (the checked data). */
  const run = (submitted: FilingDraft, send: Submit) => {
    if (writes.save.isPending || writes.declare.isPending) return;
    const action = send.action;
    writes[action === 'save' ? 'declare' : 'save'].reset();
    setLastAction(action);
    const callbacks = {
      onSuccess: () =>
        void message.success(action === 'save' ? '已暂存，可稍后继续填写。' : wording[kind].declared),
      onError: (error: Error) => {
        rules.showServerErrors(error, setError);
        if (error instanceof ApiError && error.isConflict) {
          void queryClient.invalidateQueries({ queryKey: filingQueries.all });
        }
      },
    };
    const version = baseVersionRef.current;
    const request =
      send.action === 'save'
        ? writes.save.submit({ body: { version, data: send.data } }, callbacks)
        : writes.declare.submit({ body: { version, data: send.data } }, callbacks);
    if (!request) return;
    afterSubmit(
      request,
      submitted,
      // The form stays: it shows what the service now has.
      ({ filing: saved }) => ({
        continues: true,
        next: saved
          ? { values: dataToEdit(saved, kind) ?? emptyFilingDraft, version: saved.version }
          : undefined,
      }),
    );
  };

  const onSave = () =>
    rules.submitDraft(handleSubmit, (data) => run(structuredClone(getValues()), { action: 'save', data }));
  const onDeclare = () =>
    rules.submitDeclare(handleSubmit, (data) =>
      run(structuredClone(getValues()), { action: 'declare', data }),
    );

  const conflict = submit.error instanceof ApiError && submit.error.isConflict;
  const keepMine = () => {
    baseVersionRef.current = serverVersion;
    submit.reset();
  };
  const takeTheirs = () => {
    resetToServer(dataToEdit(filing, kind) ?? emptyFilingDraft, serverVersion);
    submit.reset();
  };
  const pendingAction = submit.isPending ? lastAction : null;

  return (
    <WritingForm label={wording[kind].title} onSubmit={() => onDeclare()}>
      <RestoredNotice
        restored={restored}
        onDiscard={() => resetToServer(serverValues, filing?.version ?? 0)}
      />
      <FormErrorSummary
        errors={formState.errors}
        labels={filingFieldLabels}
        shown={formState.submitCount > 0}
      />
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
            title={lastAction === 'save' ? '暂存未完成' : '申报未完成'}
          />
        )
      )}

      <SubmitBar writes={[submit]} style={{ marginTop: 16 }}>
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
      </SubmitBar>
    </WritingForm>
  );
}
