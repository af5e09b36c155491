// POST /demo/switch-account: 切换角色 in the demo build (ends this session, opens the chosen one).
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { demoEndpoints } from '@/contract/demo';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';
import { roleLabels } from '../model/roleLabels';
import { signedIn } from './login';

export const useSwitchAccount = () =>
  useEndpointMutation(demoEndpoints.switchAccount, { onSuccess: signedIn });

/**
 * Becomes a demo account and opens `landing` (the header's 切换角色 and the guided flows), saying
 * whom the user now is, or why the switch failed. Resolves true once switched.
 */
export function useBecomeAccount() {
  const { message } = App.useApp();
  const switchAccount = useSwitchAccount();
  const navigate = useNavigate();
  const become = async (username: string, landing: string): Promise<boolean> => {
    try {
      const result = await switchAccount.submit({ body: { username } });
      if (!result) return false; // a switch already in flight
      void navigate(landing);
      void message.success(
        `已切换为 ${result.session.user.displayName}（${roleLabels[result.session.user.role]}）。`,
      );
      return true;
    } catch (error) {
      void message.error(`未能切换角色：${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
  return { become, isPending: switchAccount.isPending };
}
