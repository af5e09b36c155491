// Login and session: the request the login form sends and the session the service returns.
import { z } from 'zod';
import { capabilities } from '@/values/capabilities';
import { defineFields, labelsOf, tooLongMessage } from './fieldTable';
import { isoDateTimeSchema } from './http';

export const roles = ['enterprise', 'agency', 'customs'] as const;
export type Role = (typeof roles)[number];

export const passwordLoginFields = defineFields({
  username: { label: '用户名', max: 50, required: true },
  password: { label: '密码', max: 100, required: true },
});
export const passwordLoginFieldLabels = labelsOf(passwordLoginFields);

const { username, password } = passwordLoginFields;
export const passwordLoginSchema = z.object({
  username: z.string().trim().min(1, `请输入${username.label}`).max(username.max, tooLongMessage(username)),
  password: z.string().min(1, `请输入${password.label}`).max(password.max, tooLongMessage(password)),
});
export type PasswordLogin = z.infer<typeof passwordLoginSchema>;

/** Card login: the card the (simulated) reader found, and its PIN. */
export const cardLoginFields = defineFields({
  cardId: { label: '卡介质', max: 32, required: true },
  pin: { label: 'PIN码', max: 6, required: true },
});
export const cardLoginFieldLabels = labelsOf(cardLoginFields);

export const cardLoginSchema = z.object({
  cardId: z
    .string({ error: '未检测到卡介质，请插入卡介质后重试' })
    .min(1, '未检测到卡介质，请插入卡介质后重试')
    .max(cardLoginFields.cardId.max),
  pin: z.string().regex(/^\d{6}$/, 'PIN码应为6位数字'),
});
export type CardLogin = z.infer<typeof cardLoginSchema>;

/** Wrong PINs in a row after which a card is locked. */
export const MAX_PIN_ATTEMPTS = 5;

/** Wrong passwords in a row after which an account is locked, and for how long. */
export const MAX_PASSWORD_ATTEMPTS = 5;
export const PASSWORD_LOCK_MINUTES = 15;

export const sessionUserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
});

export const sessionEnterpriseSchema = z.object({
  id: z.string(),
  nameCn: z.string(),
  uscc: z.string(),
});
export type SessionEnterprise = z.infer<typeof sessionEnterpriseSchema>;

export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: isoDateTimeSchema,
  user: sessionUserSchema,
  /** The account's own enterprise; null for customs officers. */
  enterprise: sessionEnterpriseSchema.nullable(),
  /** An agency account acting for an enterprise that authorised it, within scope and period. */
  actingFor: z
    .object({
      enterprise: sessionEnterpriseSchema,
      scope: z.array(z.enum(capabilities)),
      validTo: z.string(),
    })
    .nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionResponseSchema = z.object({ session: sessionSchema });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const actAsRequestSchema = z.object({ enterpriseId: z.string().min(1).max(64).nullable() });

/** The enterprises that authorised the signed-in agency, in force now. */
export const principalsResponseSchema = z.object({
  principals: z.array(
    z.object({
      enterprise: sessionEnterpriseSchema,
      scope: z.array(z.enum(capabilities)),
      validFrom: z.string(),
      validTo: z.string(),
    }),
  ),
});

/** How long a session lasts after login or its last extension. */
export const SESSION_MINUTES = 30;
/** The app warns this long before the session expires. */
export const SESSION_WARNING_SECONDS = 120;
export const okResponseSchema = z.object({ ok: z.literal(true) });
