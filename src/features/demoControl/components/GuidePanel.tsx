// 演示引导: the running flow's step, what to click, and the switch to the other side when the next
// step is played there. A bar at the top of the page that stays in view while it scrolls: in the
// page's flow rather than over it, so it never covers the page's own buttons (a form's 申报 bar
// sits at the bottom). It folds to one line.
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { saveBlob } from '@/lib/saveBlob';
import { guide, type GuideState } from '../model/guideState';
import { guideAccounts, type GuideStep } from '../model/guidedFlows';
import { samplePdf } from '../model/samplePdf';

const whoPlays = (step: GuideStep) => {
  const account = guideAccounts.get(step.account);
  return account ? `${account.who}（${account.side}）` : step.account;
};

const barStyle = {
  position: 'sticky',
  top: 0,
  zIndex: 20,
  marginBottom: 16,
  padding: '10px 12px',
  background: '#fffbe6',
  border: '1px solid #ffe58f',
  borderRadius: 8,
  boxShadow: '0 2px 8px rgba(0,0,0,0.08)',
} as const;

export function GuidePanel({
  state,
  username,
  become,
}: {
  state: GuideState;
  /** The signed-in account. */
  username: string;
  /** Becomes a demo account and opens `path`; true once switched. */
  become: (username: string, path: string) => Promise<boolean>;
}) {
  const [folded, setFolded] = useState(false);
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const { flow, step: at } = state;
  const step = flow.steps[at] as GuideStep;
  const next = flow.steps[at + 1];
  const playedHere = step.account === username;
  const onStepPage = `${pathname}${search}` === step.path;
  const counter = `第 ${at + 1} / ${flow.steps.length} 步`;

  const goNext = async () => {
    if (!next) {
      guide.end();
      return;
    }
    if (next.account !== username) {
      if (!(await become(next.account, next.path))) return;
    } else if (next.path !== `${pathname}${search}`) void navigate(next.path);
    guide.goTo(state, at + 1);
  };

  return (
    <section aria-label="演示引导" style={barStyle}>
      {folded ? (
        <Space wrap size={8}>
          <Typography.Text strong>演示：{flow.name}</Typography.Text>
          <Typography.Text>{counter}</Typography.Text>
          <Button size="small" onClick={() => setFolded(false)}>
            展开引导
          </Button>
        </Space>
      ) : (
        <Space orientation="vertical" size={6} style={{ width: '100%' }}>
          <Space wrap size={8}>
            <Typography.Text strong>演示：{flow.name}</Typography.Text>
            <Tag color={guideAccounts.get(step.account)?.side === '海关' ? 'purple' : 'blue'}>
              {counter} · {whoPlays(step)}
            </Tag>
          </Space>
          <Typography.Text>
            <Typography.Text strong>{step.title}：</Typography.Text>
            {step.say}
          </Typography.Text>
          {!playedHere && (
            <Alert
              type="info"
              showIcon
              title={`这一步由 ${whoPlays(step)} 操作`}
              action={
                <Button size="small" onClick={() => void become(step.account, step.path)}>
                  切换
                </Button>
              }
            />
          )}
          <Space wrap size={8}>
            <Button size="small" disabled={at === 0} onClick={() => guide.goTo(state, at - 1)}>
              上一步
            </Button>
            <Button size="small" type="primary" onClick={() => void goNext()}>
              {!next
                ? '完成演示'
                : next.account === username
                  ? '下一步'
                  : `下一步：切换为${guideAccounts.get(next.account)?.side ?? next.account}`}
            </Button>
            {playedHere && !onStepPage && <Link to={step.path}>打开这一步的页面</Link>}
            {step.samples && (
              <Button
                size="small"
                onClick={() => saveBlob(samplePdf(`Sample document for ${flow.id}`), '示例资料.pdf')}
              >
                下载示例资料（PDF，可上传）
              </Button>
            )}
            <Button size="small" type="text" onClick={() => setFolded(true)}>
              收起
            </Button>
            <Button size="small" type="text" onClick={() => guide.end()}>
              结束演示
            </Button>
          </Space>
        </Space>
      )}
    </section>
  );
}
