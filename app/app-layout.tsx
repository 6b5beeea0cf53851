import { Box } from '@mantine/core'
import { AppHeader } from './components/app-header.tsx'

/** Where the features meet. */
export function AppLayout() {
  return (
    <Box>
      <AppHeader />
      <Box component="main" px="md" pb="md"></Box>
    </Box>
  )
}
