// An in-memory IndexedDB installed as the browser's own (globals replaced), for browsers that
// refuse IndexedDB. Imported dynamically, only then: it is not part of the usual download.
import 'fake-indexeddb/auto';
