import { phpTruthy, upperKeys } from '../php.ts'
import type { MethodHandler } from './context.ts'

const PORTAL_SCOPES = [
  'bizproc',
  'calendar',
  'crm',
  'department',
  'disk',
  'im',
  'imopenlines',
  'lists',
  'log',
  'sonet_group',
  'task',
  'telephony',
  'user',
  'user_basic',
  'user_brief',
] as const

/**
 * app.info (docs/bitrix24.md "user.current, profile, user.admin, app.info, scope"): a local app (`STATUS: "L"`); INSTALLED
 * stays false until installFinish; the plan follows the bucket (250 = Enterprise).
 */
export const appInfo: MethodHandler = (_params, ctx) => {
  const enterprise = ctx.settings.bucket.limit >= 250
  const type = enterprise ? 'ent250' : 'std'
  return {
    result: {
      ID: 7,
      CODE: 'local.65f1c0ffee1234.56789012',
      VERSION: 1,
      STATUS: 'L',
      INSTALLED: ctx.installed,
      PAYMENT_EXPIRED: 'N',
      DAYS: null,
      LANGUAGE_ID: ctx.settings.lang,
      LICENSE: `${ctx.settings.lang}_${type}`,
      LICENSE_TYPE: type,
      LICENSE_FAMILY: enterprise ? 'ent' : 'std',
    },
  }
}

/**
 * scope: the app's scopes, or the portal's with
 * `full`; as a form value even "false" asks for the full list.
 */
export const scope: MethodHandler = (params, ctx) => ({
  result: phpTruthy(upperKeys(params).FULL) ? [...PORTAL_SCOPES] : [...ctx.settings.appScopes],
})
