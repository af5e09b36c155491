import { Alert, Button, Form } from 'antd';
import { useForm } from 'react-hook-form';
import { WritingForm } from '@/components/form/WritingForm';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { PendingWrite } from '@/components/form/SubmitBar';
import { SelectField, type Option } from '@/components/form/SelectField';
import { useFormRules } from '@/components/form/formRules';
import { TextField } from '@/components/form/TextField';
import { fromTable } from '@/components/form/FormField';
import { ApiError } from '@/lib/api/apiError';
import { cardLoginFields, cardLoginSchema, type CardLogin } from '@/contract/auth';
import { useCardLogin } from '../api/login';
import { useDemoCards } from './DemoAccounts';

const field = fromTable(cardLoginFields);

/**
 * 卡介质登录. The real platform reads the card through a browser control; here a simulated card
 * reader offers the demo cards, or none (未插入卡介质).
 */
export function CardLoginForm({ cards }: { cards: readonly Option[] }) {
  const login = useCardLogin();
  const rules = useFormRules<CardLogin, CardLogin>({
    declare: cardLoginSchema,
    fields: Object.keys(cardLoginFields),
  });
  const { control, handleSubmit, setError } = useForm<CardLogin>({
    defaultValues: { cardId: '', pin: '' },
    resolver: rules.resolver,
  });
  // The answer is said through `login.error`: handleSubmit must not wait for it (it would rethrow).
  const onSubmit = handleSubmit((credentials) => {
    void login.submit({ body: credentials }, { onError: (error) => rules.showServerErrors(error, setError) });
  });
  const locked = login.error instanceof ApiError && login.error.code === 'CARD_LOCKED';
  const shownOnField = login.error instanceof ApiError && login.error.fieldErrors.length > 0;
  return (
    <WritingForm label="卡介质登录" onSubmit={() => void onSubmit()}>
      <Form layout="vertical" component={false}>
        {/* The card is the platform's field; the reader choosing it here is the demo's. */}
        <SelectField
          control={control}
          {...field('cardId')}
          label="卡介质（模拟读卡器）"
          placeholder="未插入卡介质"
          extra="演示环境：选择一张演示卡，相当于将卡介质插入读卡器。"
          options={cards}
        />
        <TextField control={control} {...field('pin')} type="password" autoComplete="off" />
      </Form>
      {locked ? (
        <Alert type="error" showIcon role="alert" title="卡介质已锁定" description={login.error?.message} />
      ) : (
        login.error && !shownOnField && <RequestErrorAlert error={login.error} title="登录未完成" />
      )}
      <Button type="primary" htmlType="submit" block loading={login.isPending} style={{ marginTop: 8 }}>
        登录
      </Button>
      <PendingWrite write={login} doing="登录" style={{ marginTop: 8 }} />
    </WritingForm>
  );
}

/** 卡介质登录 with the simulated reader, which offers the demo accounts' cards. */
export function SimulatedCardLogin() {
  return <CardLoginForm cards={useDemoCards()} />;
}
