// Zod's own messages (wrong type, too long …) in Chinese, for the form and the service's 422s (part of
// what the contract promises: every message in Chinese); and
// no compiled validators: zod would otherwise probe `new Function`, which the Content-Security-
// Policy (no 'unsafe-eval') forbids.
import { z } from 'zod';

z.config({ ...z.locales.zhCN(), jitless: true });
