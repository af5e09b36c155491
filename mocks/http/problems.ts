// The service's refusals: a Problem thrown anywhere in a handler becomes its 4xx answer, with a
// message in Chinese the page shows as it is.
import type { ApiErrorBody, ErrorCode, FieldError } from '@/contract/http';

/** Thrown anywhere in a handler; `respond` turns it into the 4xx/5xx answer. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
  }

  get body(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
    };
  }
}

export const problems = {
  badRequest: (message: string) => new Problem(400, 'BAD_REQUEST', message),
  unauthenticated: () => new Problem(401, 'UNAUTHENTICATED', '登录已失效，请重新登录。'),
  forbidden: (message: string) => new Problem(403, 'FORBIDDEN', message),
  notFound: (message: string) => new Problem(404, 'NOT_FOUND', message),
  conflict: (message: string) => new Problem(409, 'CONFLICT', message),
  illegalState: (message: string) => new Problem(409, 'ILLEGAL_STATE', message),
};

export const staleVersionMessage =
  '该记录已在其他窗口或由其他人修改，您的提交未生效。请查看最新内容后再提交，您填写的内容仍保留在页面上。';
