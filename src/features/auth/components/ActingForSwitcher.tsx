import { useQuery } from '@tanstack/react-query';
import { App, Select } from 'antd';
import { useNavigate } from 'react-router';
import type { Session } from '@/contract/auth';
import { paths } from '@/lib/paths';
import { principalsQuery, useActAs } from '../api/actingFor';

const SELF = '__self__';

/**
 * For an agency (代录入企业): choose which authorising enterprise to act for, or itself. `block`
 * fills its container (the phone's menu).
 */
export function ActingForSwitcher({ session, block = false }: { session: Session; block?: boolean }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const principals = useQuery(principalsQuery());
  const actAs = useActAs();
  // The box shows whom the user acts for; the list adds how long each authorisation runs.
  const options = [
    { value: SELF, label: `本企业：${session.enterprise?.nameCn ?? ''}`, validTo: null },
    ...(principals.data ?? []).map((p) => ({
      value: p.enterprise.id,
      label: `代理：${p.enterprise.nameCn}`,
      validTo: p.validTo,
    })),
  ];
  return (
    <Select
      aria-label="代理企业"
      size="small"
      style={block ? { width: '100%' } : { width: 'min(320px, 30vw)' }}
      popupMatchSelectWidth={false}
      optionRender={(option) =>
        option.data.validTo ? `${option.data.label}（授权至 ${option.data.validTo}）` : option.data.label
      }
      value={session.actingFor?.enterprise.id ?? SELF}
      loading={principals.isPending || actAs.isPending}
      options={options}
      onChange={(value: string) =>
        actAs.mutate(value === SELF ? null : value, {
          onSuccess: ({ session: next }) => {
            void message.success(
              next.actingFor ? `正在代 ${next.actingFor.enterprise.nameCn} 办理业务。` : '已切换回本企业。',
            );
            void navigate(paths.home());
          },
          onError: (error) => void message.error(error.message),
        })
      }
    />
  );
}
