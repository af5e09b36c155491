import { Button, Form } from 'antd';
import { useForm } from 'react-hook-form';
import { WritingForm } from '@/components/form/WritingForm';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { PendingWrite } from '@/components/form/SubmitBar';
import { useFormRules } from '@/components/form/formRules';
import { TextField } from '@/components/form/TextField';
import { fromTable } from '@/components/form/FormField';
import { ApiError } from '@/lib/api/apiError';
import { passwordLoginFields, passwordLoginSchema, type PasswordLogin } from '@/contract/auth';
import { useLogin } from '../api/login';

const field = fromTable(passwordLoginFields);

/** 账号登录. `prefill` comes from the demo account list. */
export function PasswordLoginForm({ prefill }: { prefill: PasswordLogin | null }) {
  const login = useLogin();
  const rules = useFormRules<PasswordLogin, PasswordLogin>({
    declare: passwordLoginSchema,
    fields: Object.keys(passwordLoginFields),
  });
  const { control, handleSubmit, setError } = useForm<PasswordLogin>({
    values: prefill ?? undefined,
    defaultValues: { username: '', password: '' },
    resolver: rules.resolver,
  });
  // The answer is said through `login.error`: handleSubmit must not wait for it (it would rethrow).
  const onSubmit = handleSubmit((credentials) => {
    void login.submit({ body: credentials }, { onError: (error) => rules.showServerErrors(error, setError) });
  });
  const shownOnField = login.error instanceof ApiError && login.error.fieldErrors.length > 0;
  return (
    <WritingForm label="账号登录" onSubmit={() => void onSubmit()}>
      <Form layout="vertical" component={false}>
        {/* Limits said by the rules, not counted: a count beside a name or a password is noise. */}
        <TextField control={control} {...field('username')} autoComplete="username" showCount={false} />
        <TextField
          control={control}
          {...field('password')}
          type="password"
          autoComplete="current-password"
          showCount={false}
        />
      </Form>
      {login.error && !shownOnField && <RequestErrorAlert error={login.error} title="登录未完成" />}
      <Button type="primary" htmlType="submit" block loading={login.isPending} style={{ marginTop: 8 }}>
        登录
      </Button>
      <PendingWrite write={login} doing="登录" style={{ marginTop: 8 }} />
    </WritingForm>
  );
}
