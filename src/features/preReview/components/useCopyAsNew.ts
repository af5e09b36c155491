// 复制为新申请 of a new application customs refused: its sheet, read fresh from the service,
// saved at once as a new draft (暂存) with its own 预审编号, then opened for editing. Saving it at
// once means nothing can be lost between the copy and the first edit, and the editor's unsaved
// work for another new sheet is left alone.
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import type { Sheet } from '@/contract/sheet';
import { describeError } from '@/lib/api/apiError';
import { paths } from '@/lib/paths';
import { freshSheet, useCreatePreReview } from '../api/preReviews';
import { receipt } from './receipt';

export function useCopyAsNew(id: string, name: string) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useCreatePreReview();

  const copy = async () => {
    let data: Sheet;
    try {
      data = await freshSheet(queryClient, id);
    } catch (error) {
      void message.error(describeError(error));
      return;
    }
    create.submit(
      { body: { version: 0, declare: false, data } },
      {
        onSuccess: ({ preReview }) => {
          void message.success(receipt('已复制为新申请（暂存），请修改后申报。', preReview.number));
          void navigate(paths.editPreReview(preReview.id));
        },
      },
    );
  };

  const ask = () =>
    modal.confirm({
      title: `复制为新申请：${name}`,
      content:
        '将以这份未通过审核的申请的内容生成一份新的产品预审（暂存，另有预审编号），您可以按海关的审核意见修改后申报。原申请保持不变，不再需要时可以删除。',
      okText: '复制并打开',
      cancelText: '取消',
      onOk: () => void copy(),
    });

  return { ask, write: create };
}
