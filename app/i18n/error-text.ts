import type { TFunction } from 'i18next'
import type { AppError } from '@/api/b24/errors.ts'

/**
 * The one way an AppError reads to the user: the sentence for its kind and, for an error Bitrix24
 * described itself, that description (or its code, or the HTTP status, when it gave none).
 */
export function errorText(t: TFunction, error: AppError): string {
  const { detail } = error
  const description =
    detail.kind === 'rest' ? detail.description || detail.code || `HTTP ${detail.status}` : ''
  return t(`errors.${detail.kind}`, { description })
}
