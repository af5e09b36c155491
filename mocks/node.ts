import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The customs service for Vitest: the same handlers the browser worker uses. */
export const server = setupServer(...handlers);
