// Set up for mutation testing only (vitest.mutation.config.mjs). A property test that fails
// shrinks its counterexample by replaying it many times: worth it for a person reading the
// failure, wasted on a mutant, which only needs to be seen failing once.
import fc from 'fast-check';

fc.configureGlobal({ endOnFailure: true });
