import type { FaultMode, FaultScope } from '@/contract/demo';

export const faultModeLabels: Record<FaultMode, string> = {
  none: '正常',
  network: '网络中断（请求失败）',
  'server-error': '服务器错误（500）',
  slow: '响应缓慢（约 3 秒）',
  hang: '无响应（请求一直不返回）',
  'storage-full': '存储空间已满（507，提交不保存）',
};

export const faultScopeLabels: Record<FaultScope, string> = {
  writes: '仅提交类请求（暂存、申报等）',
  all: '所有请求',
};
