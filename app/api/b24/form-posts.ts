import { ApiVersion, type B24Frame } from '@bitrix24/b24jssdk'

type AjaxClient = ReturnType<B24Frame['getHttpClient']>['ajaxClient']

/**
 * REST calls go out as form posts (`application/x-www-form-urlencoded`, PHP's bracket notation), the
 * way Bitrix24's own BX24.js sends them, instead of the SDK's JSON. A form post is a CORS "simple
 * request": the browser sends it at once, where JSON first costs an OPTIONS round trip, every time
 * (each call's URL carries its own `bx24_request_id`, so no preflight answer is ever reused). Bitrix24
 * reads form bodies and JSON alike (docs/bitrix24.md "The parent page and frame protocol").
 *
 * The SDK documents its axios instance (`getHttpClient(ApiVersion.v2).ajaxClient`) for such tuning;
 * axios writes the form. Booleans are sent as PHP's `http_build_query` writes them (1 and 0), so
 * `false` stays false on the server rather than becoming the (truthy) text "false". A batch's commands
 * are query strings the SDK writes before this runs: the client converts their values first
 * (`php-params.ts`).
 */
export function postFormsTo(frame: B24Frame): void {
  formPostsOn(frame.getHttpClient(ApiVersion.v2).ajaxClient)
}

export function formPostsOn(client: AjaxClient): void {
  client.interceptors.request.use((config) => {
    if (config.method === 'post' && isPlainObject(config.data)) {
      config.headers.setContentType('application/x-www-form-urlencoded')
      config.data = phpValues(config.data)
    }
    return config
  })
}

function phpValues(value: unknown): unknown {
  if (value === true) return 1
  if (value === false) return 0
  if (Array.isArray(value)) return value.map(phpValues)
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, phpValues(item)]))
  return value
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}
