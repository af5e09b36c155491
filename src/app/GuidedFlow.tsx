// The guided demo flows (demo build only), wired here because they span two features: the demo's
// controls (the flows, the reset, the guide) and the session (切换角色). `?flow=<id>` on any
// address, or 开始演示 on /demo, loads the flow's scenario, signs in as its first step's account
// and opens its first page; the guide then follows the presenter from page to page.
import { App } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useBecomeAccount } from '@/features/auth/api/switchAccount';
import { useResetDemo } from '@/features/demoControl/api/demoStatus';
import { GuidePanel } from '@/features/demoControl/components/GuidePanel';
import { guide } from '@/features/demoControl/model/guideState';
import { useGuide } from '@/features/demoControl/components/useGuide';
import { guidedFlow } from '@/features/demoControl/model/guidedFlows';

/** Starts the flow the address asks for (`?flow=`), once, and takes the parameter away. */
export function GuidedFlowStarter() {
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const reset = useResetDemo();
  const { become } = useBecomeAccount();
  const fromUrl = new URLSearchParams(location.search).get('flow');
  // The address the app opened with: a redirect to the login page must not lose it.
  const [opened, setOpened] = useState(fromUrl);
  const requested = fromUrl ?? opened;
  const starting = useRef<string | null>(null);

  useEffect(() => {
    // Forgotten only once the address no longer asks: a render between the call and the address
    // losing `?flow=` must not start it (or say it does not exist) a second time.
    if (!requested) {
      starting.current = null;
      return;
    }
    if (starting.current === requested) return;
    starting.current = requested;
    setOpened(null);
    if (fromUrl) {
      const rest = new URLSearchParams(location.search);
      rest.delete('flow');
      void navigate({ pathname: location.pathname, search: rest.toString() }, { replace: true });
    }
    const flow = guidedFlow(requested);
    void (async () => {
      try {
        if (!flow) {
          void message.error(`没有名为“${requested.slice(0, 50)}”的演示流程。可用的流程见“演示数据管理”。`);
          return;
        }
        await reset.submit({ body: { scenario: flow.scenario } });
        guide.start(flow);
        const first = flow.steps[0];
        if (!(await become(first.account, first.path))) guide.end();
      } catch (error) {
        void message.error(`未能开始演示：${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  }, [requested, fromUrl, location.pathname, location.search, navigate, reset, become, message]);
  return null;
}

/** The guide of the running flow, for the signed-in shell. */
export function GuidedFlowPanel({ username }: { username: string }) {
  const state = useGuide();
  const { become } = useBecomeAccount();
  return state ? <GuidePanel state={state} username={username} become={become} /> : null;
}
