import { Box } from '@mantine/core'
import { AppHeader } from './components/app-header.tsx'
import { TelephonyUsersPage } from './features/telephony-users/components/telephony-users-page.tsx'

/** Where the features meet. */
export function AppLayout() {
  return (
    <Box>
      <AppHeader />
      <Box component="main" px="md" pb="md">
        <TelephonyUsersPage />
      </Box>
    </Box>
  )
}
