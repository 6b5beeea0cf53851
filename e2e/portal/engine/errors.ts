/** A Bitrix24 REST error: `{error, error_description}` with its HTTP status (docs/bitrix24.md "Limits, tokens and errors"). */
export class RestError extends Error {
  readonly code: string
  readonly status: number

  constructor(code: string, description: string, status: number) {
    super(description)
    this.code = code
    this.status = status
  }

  get body(): { error: string; error_description: string } {
    return { error: this.code, error_description: this.message }
  }
}

export const restErrors = {
  noAuth: () => new RestError('NO_AUTH_FOUND', 'Wrong authorization data', 401),
  invalidToken: () => new RestError('invalid_token', 'The access token provided is invalid.', 401),
  expiredToken: () => new RestError('expired_token', 'The access token provided has expired', 401),
  queryLimit: () => new RestError('QUERY_LIMIT_EXCEEDED', 'Too many requests', 503),
  operationTimeLimit: () =>
    new RestError('OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.', 429),
  methodNotFound: () => new RestError('ERROR_METHOD_NOT_FOUND', 'Method not found!', 404),
  batchLength: () => new RestError('ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded', 400),
  batchMethod: () =>
    new RestError('ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage', 405),
  // OAuth's scope check answers 401 with a description; inside a batch the description is empty
  // (docs/bitrix24.md "Scopes").
  insufficientScope: (inBatch: boolean) =>
    new RestError(
      'insufficient_scope',
      inBatch ? '' : 'The request requires higher privileges than provided by the access token',
      401,
    ),
  // userUpdate's own scope check, past the OAuth one through the alternative scopes: an error array the
  // method *returns*, so HTTP 200, and inside a batch with its description (docs/bitrix24.md "Scopes").
  scopeResult: () =>
    new RestError(
      'insufficient_scope',
      'The request requires higher privileges than provided by the access token',
      200,
    ),
  // A plain exception thrown by a method (docs/bitrix24.md "Limits, tokens and errors").
  core: (description: string) => new RestError('ERROR_CORE', description, 400),
  // docs/bitrix24.md "Confirmation"
  confirmWaiting: () => new RestError('METHOD_CONFIRM_WAITING', 'Waiting for confirmation', 401),
  confirmDenied: () => new RestError('METHOD_CONFIRM_DENIED', 'Method call denied', 403),
  // docs/bitrix24.md "activatePhone" (empty code, 400)
  userIdNotSet: () => new RestError('', 'Parameter USER_ID is not set', 400),
  notAllowedToModify: () => new RestError('', "You are not allowed to modify user's settings", 400),
  // docs/bitrix24.md "voximplant.user.get"
  cannotQueryUsers: () =>
    new RestError('ACCESS_DENIED', 'Access denied! You have no permission to query selected users', 403),
  // docs/bitrix24.md "voximplant.line.get"
  accessDenied: () => new RestError('ACCESS_DENIED', 'Access denied!', 403),
} as const
