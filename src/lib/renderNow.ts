// ReactDOM.flushSync as the router takes it: a navigation asked with `flushSync` (a list's new
// query, its answer in: useUrlList) renders in one go rather than in the router's transition.
import { flushSync } from 'react-dom';

export const renderNow = (update: () => unknown): undefined => void flushSync(update);
