// A page the gate closes until the first filing is approved (FR2), for the enterprise itself: it
// says where that filing stands (not filed, saved, with customs, refused) and offers the step that
// moves it on, as the home page's card does, instead of one button for every case.
import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { filingQueries } from '@/features/filing/api/filingQueries';
import { explainFiling } from '@/domain/filing/filingExplanation';
import { paths } from '@/lib/paths';
import { gateNextSteps } from './gateNextSteps';
import { GateResult } from './GateResult';

export function BlockedByFiling({ reason }: { reason: string }) {
  const filing = useQuery(filingQueries.current());
  if (filing.isPending) return <Skeleton active />;
  // Unreadable, the gate's own reason and next step are still the right answer.
  const explained = filing.error ? null : explainFiling(filing.data);
  return (
    <GateResult
      reason={
        <>
          <div>{reason}</div>
          {explained && <div>目前：{explained.title}。</div>}
          {explained?.opinion && filing.data?.current?.status === '审核不通过' && (
            <div>海关审核意见：{explained.opinion}</div>
          )}
        </>
      }
      step={explained ? { label: explained.action, path: paths.filing() } : gateNextSteps.filingNotApproved}
    />
  );
}
