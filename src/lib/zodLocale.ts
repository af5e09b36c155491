// Zod's own messages (wrong type, too long …) in Chinese, for the form and the mock service.
import { z } from 'zod';

z.config(z.locales.zhCN());
