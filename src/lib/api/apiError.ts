import type { ErrorCode, FieldError } from '@/contract/http';

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'malformed';

/** Every failed request surfaces as one of these, with a Chinese message fit to show as is. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly code: ErrorCode | null;
  readonly fieldErrors: readonly FieldError[];

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; code?: ErrorCode | null; fieldErrors?: readonly FieldError[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = options.status ?? 0;
    this.code = options.code ?? null;
    this.fieldErrors = options.fieldErrors ?? [];
  }

  get isConflict(): boolean {
    return this.status === 409 && this.code === 'CONFLICT';
  }
}

export const networkErrorMessage = '无法连接海关服务，请检查网络后重试。已填写的内容仍保留在页面上。';
export const serverErrorMessage = '海关服务暂时出现故障，请稍后重试。已填写的内容仍保留在页面上。';
export const malformedResponseMessage = '海关服务返回了无法识别的数据，请稍后重试。';
export const abortedMessage = '请求已取消，已填写的内容仍保留在页面上。';

export function timeoutMessage(seconds: number): string {
  return `海关服务超过 ${seconds} 秒未响应，请求已停止。已填写的内容仍保留在页面上，可稍后重试。`;
}

/** A message for anything thrown by a query or mutation. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '发生了意外错误，请刷新页面后重试。';
}
