// Where the deployment journey's two servers listen (playwright.deploy.config.ts starts them).
export const API_PORT = 8787;
export const APP_PORT = 4174;
export const API_ORIGIN = `http://127.0.0.1:${API_PORT}`;
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
