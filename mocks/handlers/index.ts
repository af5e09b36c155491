// Every handler of the simulated customs service. The browser worker, Vitest's server and the
// Playwright runs all use this list.
import { serviceHandler } from '../http/routing';
import { agencyHandlers } from './agencies';
import { authHandlers } from './auth';
import { customsHandlers } from './customs';
import { demoHandlers } from './demo';
import { fileHandlers } from './files';
import { filingHandlers } from './filing';
import { personnelHandlers } from './personnel';
import { preReviewHandlers } from './preReview';
import { verificationHandlers } from './verification';
import { acceptanceHandlers } from './acceptance';

/** Every route of the service, in the order they are tried. */
export const routes = [
  ...demoHandlers,
  ...authHandlers,
  ...fileHandlers,
  ...filingHandlers,
  ...personnelHandlers,
  ...agencyHandlers,
  ...preReviewHandlers,
  ...verificationHandlers,
  ...acceptanceHandlers,
  ...customsHandlers,
];

/** What MSW runs: one handler that finds the route (routes.ts). */
export const handlers = [serviceHandler(routes)];
