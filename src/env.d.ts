/** Whether this build carries the simulated customs service and the demo (vite.config.ts). */
declare const __SIMULATOR__: boolean;
