// Header names of the API contract, for tests that craft requests by hand.
export { IDEMPOTENCY_HEADER } from '@/contract/http';
export { FILE_NAME_HEADER } from '@/domain/files';
