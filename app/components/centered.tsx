import { Center, Stack } from '@mantine/core'
import type { ReactNode } from 'react'

export function Centered({ children }: { children: ReactNode }) {
  return (
    <Center mih="60vh" p="xl">
      <Stack align="center" maw={520} ta="center" gap="md">
        {children}
      </Stack>
    </Center>
  )
}
