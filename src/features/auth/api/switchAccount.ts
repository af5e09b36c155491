// POST /demo/switch-account: 切换角色 in the demo build (ends this session, opens the chosen one).
import { demoEndpoints } from '@/contract/demo';
import { useEndpointMutation } from '@/lib/api/useIdempotentMutation';
import { signedIn } from './login';

export const useSwitchAccount = () =>
  useEndpointMutation(demoEndpoints.switchAccount, { onSuccess: signedIn });
