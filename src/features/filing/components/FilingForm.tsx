// The filing form, for a filing application or a change application: 暂存 (any state) and 申报
// (every rule of F1), live validation, work in progress kept locally, server errors shown on
// their fields, conflicts with another tab explained.
import { Alert, App, Button, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { FormErrorSummary } from '@/components/form/FormErrorSummary';
import { useFormRules } from '@/components/form/formRules';
import { RestoredNotice } from '@/components/form/RestoredNotice';
import { useKeptForm } from '@/components/form/useKeptForm';
import { keptReader, partNamer } from '@/lib/keptValues';
import { WritingForm } from '@/components/form/WritingForm';
import { SubmitBar } from '@/components/form/SubmitBar';
import { useConfirmDeclare } from '@/components/form/useConfirmDeclare';
import { filingDeclareItems } from '@/domain/filing/filingDisplay';
import { ApiError } from '@/lib/api/apiError';
import { provinces } from '@/values/regions';
import { usccProblem, usccProvinceCode } from '@/values/uscc';
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
import {
  useDeclareFiling,
  useDeclareFilingChange,
  useSaveFilingChangeDraft,
  useSaveFilingDraft,
} from '../api/submitFiling';
import { FilingChangeDiff } from './FilingChangeDiff';
import { FilingFields } from './FilingFields';

const filingRules = {
  draft: filingDraftSchema,
  declare: filingDataSchema,
  serverPrefix: 'data.',
  fields: Object.keys(emptyFilingDraft),
};

const readKeptFiling = keptReader<FilingDraft>(filingDraftSchema, partNamer(filingFieldLabels));

type Submit = { action: 'save'; data: FilingDraft } | { action: 'declare'; data: FilingData };

export function workInProgressKey(username: string, kind: ApplicationKind): string {
  return `${username}:${kind === 'filing' ? 'filing' : 'filing-change'}`;
}

const wording: Record<ApplicationKind, { title: string; declared: string; after: string }> = {
  filing: {
    title: '企业备案申请',
    declared: '已申报，请等待海关审核。',
    after: '申报后由海关审核，审核期间不能修改（可先撤回）。审核结果在本页和“受理情况查询”中查看。',
  },
  change: {
    title: '备案变更申请',
    declared: '备案变更已申报，请等待海关审核。审核期间不能办理产品预审。',
    after:
      '申报后由海关审核；审核期间不能办理产品预审，备案信息仍按原来经海关审核的内容有效。审核期间可以撤回。',
  },
};

/** What the account knows of its enterprise (its name and 统一社会信用代码, from the session). */
export interface KnownEnterprise {
  nameCn: string;
  uscc: string;
}

interface FilingFormProps {
  kind: ApplicationKind;
  filing: FilingRecord | null;
  username: string;
  known?: KnownEnterprise | null;
}

/**
 * A first filing starts from what the account knows, with the 工商注册地 its code names (as typing
 * the code would set it); anything saved since wins.
 */
function startingDraft(known: KnownEnterprise | null): FilingDraft {
  if (!known) return emptyFilingDraft;
  const issuedIn = usccProblem(known.uscc) === null ? usccProvinceCode(known.uscc) : null;
  const province = provinces.some((p) => p.code === issuedIn) ? (issuedIn ?? '') : '';
  return { ...emptyFilingDraft, nameCn: known.nameCn, uscc: known.uscc, registeredProvince: province };
}

export function FilingForm({ kind, filing, username, known = null }: FilingFormProps) {
  const { message } = App.useApp();
  const blank = useMemo(() => startingDraft(known), [known]);
  const serverValues = dataToEdit(filing, kind) ?? blank;
  const rules = useFormRules<FilingDraft, FilingData, FilingDraft>(filingRules);
  const { form, baseVersionRef, restored, resetToServer, afterSubmit, kept } = useKeptForm<
    FilingDraft,
    unknown,
    FilingData
  >({
    key: workInProgressKey(username, kind),
    saved: serverValues,
    version: filing?.version ?? 0,
    read: readKeptFiling,
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
      resetToServer(dataToEdit(filing, kind) ?? blank, serverVersion);
    }
  }, [serverVersion, formState.isDirty, restored, filing, kind, blank, resetToServer, baseVersionRef]);

  /** Sends 暂存 (the draft as it is) or 申报 (the checked data). */
  const run = (submitted: FilingDraft, send: Submit) => {
    if (writes.save.isPending || writes.declare.isPending) return;
    const action = send.action;
    writes[action === 'save' ? 'declare' : 'save'].reset();
    setLastAction(action);
    const callbacks = {
      onSuccess: () =>
        void message.success(action === 'save' ? '已暂存，可稍后继续填写。' : wording[kind].declared),
      // A refusal as behind the filing (409) reads it again in the api hook; the form stays.
      onError: (error: Error) => rules.showServerErrors(error, setError),
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
        next: saved ? { values: dataToEdit(saved, kind) ?? blank, version: saved.version } : undefined,
      }),
    );
  };

  const onSave = () =>
    rules.submitDraft(handleSubmit, (data) => run(structuredClone(getValues()), { action: 'save', data }));
  const confirmDeclare = useConfirmDeclare();
  const onDeclare = () =>
    rules.submitDeclare(handleSubmit, (data) => {
      const submitted = structuredClone(getValues());
      const send = () => run(submitted, { action: 'declare', data });
      const items = filingDeclareItems(kind, submitted, filing?.approved ?? null);
      // A change that changes nothing goes straight on: the service says why it refuses it.
      if (items.length === 0) return send();
      confirmDeclare(
        {
          what: wording[kind].title,
          items: kind === 'change' ? [{ label: '变更事项', value: `${items.length} 项` }, ...items] : items,
          after: wording[kind].after,
        },
        send,
      );
    });

  const conflict = submit.error instanceof ApiError && submit.error.isConflict;
  const keepMine = () => {
    baseVersionRef.current = serverVersion;
    submit.reset();
  };
  const takeTheirs = () => {
    resetToServer(dataToEdit(filing, kind) ?? blank, serverVersion);
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

      <SubmitBar writes={[submit]} kept={kept} style={{ marginTop: 16 }}>
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
