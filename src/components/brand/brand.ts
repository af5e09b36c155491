/** The platform's name, as customs publishes it: the header, the login page, the browser tab. */
export const PLATFORM_NAME = '原产地综合服务平台';
