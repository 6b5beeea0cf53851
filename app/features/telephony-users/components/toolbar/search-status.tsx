import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorText } from '@/i18n/error-text.ts'
import type { DirectorySearch } from '@/features/telephony-users/api/use-directory-search.ts'

/**
 * What a search shows while the list loads, in words: Bitrix24 is being asked, or how many were found
 * so far (not "all"), or why Bitrix24's search failed. Nothing once the list is whole.
 */
export function SearchStatus({ search, found }: { search: DirectorySearch; found: number }) {
  const { t } = useTranslation()
  if (!search.active) return null
  let text = search.searching
    ? t('directorySearch.searching')
    : search.error
      ? t('directorySearch.failed', { reason: errorText(t, search.error) })
      : t(search.more ? 'directorySearch.foundMore' : 'directorySearch.found', { count: found })
  if (!search.searching && search.sipError && !search.sipError.kind.startsWith('approval'))
    text += ` ${t('directorySearch.sipFailed', { reason: errorText(t, search.sipError) })}`
  return (
    <Text size="sm" c="dimmed" role="status">
      {text}
    </Text>
  )
}
