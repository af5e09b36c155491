import { Alert, Button } from 'antd';
import { formatDateTime } from '@/lib/format';
import type { Restored } from './useWorkInProgress';

/**
 * Says that the form shows unsaved work in progress kept from an earlier visit, and what it
 * holds; the user may give it up and go back to what the service has.
 */
export function RestoredNotice({
  restored,
  onDiscard,
  discardLabel = '放弃这些内容',
}: {
  restored: Restored | null;
  onDiscard?: () => void;
  discardLabel?: string;
}) {
  if (!restored) return null;
  const what = restored.description ? `（${restored.description}）` : '';
  return (
    <Alert
      type={restored.setAside.length > 0 ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      title={`已恢复您在 ${formatDateTime(restored.at)} 未提交的填写内容${what}。`}
      description={
        // The button goes under the text, not beside it: beside, a phone's width leaves the
        // message a column a few characters wide.
        <>
          <div>这些内容尚未暂存或申报，请核对后提交。</div>
          {restored.setAside.length > 0 && (
            <ul
              aria-label="无法恢复的内容"
              style={{ margin: '4px 0 0', paddingLeft: 18, maxHeight: 160, overflow: 'auto' }}
            >
              {restored.setAside.map((said) => (
                <li key={said}>{said}</li>
              ))}
            </ul>
          )}
          {onDiscard && (
            <Button size="small" onClick={onDiscard} style={{ marginTop: 8 }}>
              {discardLabel}
            </Button>
          )}
        </>
      }
    />
  );
}
