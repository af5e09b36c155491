// The stack's floor (issue 21): the least a login page made with this stack can be — React,
// antd's ConfigProvider in zh_CN with Form, Input and Button, react-hook-form with a zod schema
// — and nothing of the app: no router, no data, no simulated service. `npm run bench` builds it
// beside the app and measures both the same way, in the same run; the app's login page is judged
// as a ratio to it, which holds on a faster or a slower machine.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, ConfigProvider, Form, Input } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';

const loginSchema = z.object({
  username: z.string().min(1, '请输入用户名'),
  password: z.string().min(1, '请输入密码'),
});
type Login = z.infer<typeof loginSchema>;

function LoginForm() {
  const { control, handleSubmit } = useForm<Login>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: '', password: '' },
  });
  return (
    <main style={{ maxWidth: 360, margin: '48px auto', padding: '0 16px' }}>
      <h1>登录</h1>
      <Form component="div" layout="vertical">
        <form onSubmit={(event) => void handleSubmit(() => undefined)(event)} noValidate>
          {(['username', 'password'] as const).map((name) => (
            <Controller
              key={name}
              name={name}
              control={control}
              render={({ field, fieldState }) => (
                <Form.Item
                  label={name === 'username' ? '用户名' : '密码'}
                  htmlFor={name}
                  validateStatus={fieldState.error ? 'error' : undefined}
                  help={fieldState.error?.message}
                >
                  {name === 'password' ? (
                    <Input.Password id={name} {...field} />
                  ) : (
                    <Input id={name} {...field} />
                  )}
                </Form.Item>
              )}
            />
          ))}
          <Button type="primary" htmlType="submit" block>
            登录
          </Button>
        </form>
      </Form>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN}>
      <LoginForm />
    </ConfigProvider>
  </StrictMode>,
);
