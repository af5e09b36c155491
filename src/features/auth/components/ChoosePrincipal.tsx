// An agency's first question on signing in: for which enterprise does it work now? Each
// enterprise that authorised it, with what it may do and until when, and one button to act for it.
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, List, Skeleton, Typography } from 'antd';
import { RequestErrorAlert } from '@/components/RequestErrorAlert';
import { capabilityLabels } from '@/values/capabilities';
import { principalsQuery, useActAs } from '../api/actingFor';

export function ChoosePrincipal() {
  const { message } = App.useApp();
  const principals = useQuery(principalsQuery());
  const actAs = useActAs();
  return (
    <Card title="请选择代理的企业">
      <Typography.Paragraph type="secondary">
        代录入企业在委托企业的授权范围和期限内代其办理业务。选择一家企业后，各项业务均以该企业的名义办理；随时可在页面顶部切换。
      </Typography.Paragraph>
      {principals.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : principals.error ? (
        <RequestErrorAlert
          error={principals.error}
          title="无法读取委托企业"
          onRetry={() => void principals.refetch()}
        />
      ) : (
        <List
          locale={{ emptyText: '目前没有在授权期限内的委托企业。请委托企业在“代录入企业”中授权本企业。' }}
          dataSource={principals.data}
          renderItem={(p) => (
            <List.Item
              actions={[
                <Button
                  key="act"
                  type="primary"
                  loading={actAs.isPending && actAs.variables === p.enterprise.id}
                  aria-label={`代 ${p.enterprise.nameCn} 办理`}
                  onClick={() =>
                    actAs.mutate(p.enterprise.id, {
                      onSuccess: () => void message.success(`正在代 ${p.enterprise.nameCn} 办理业务。`),
                      onError: (error) => void message.error(error.message),
                    })
                  }
                >
                  代其办理
                </Button>,
              ]}
            >
              {/* Not List.Item.Meta: its title is an <h4>, out of the page's heading order. */}
              <div>
                <Typography.Text strong>{p.enterprise.nameCn}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    授权范围：{p.scope.map((c) => capabilityLabels[c]).join('、')}；授权期限至 {p.validTo}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
