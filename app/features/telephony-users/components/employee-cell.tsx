import { Avatar, Group, Stack, Text } from '@mantine/core'
import type { Employee } from '../api/model.ts'

/** Photo, full name and position; long or odd names are text, truncated, with the whole name on hover. */
export function EmployeeCell({ employee }: { employee: Employee }) {
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <Avatar src={employee.photoUrl} alt="" size={32} radius="xl" imageProps={{ loading: 'lazy' }}>
        {initials(employee.fullName)}
      </Avatar>
      <Stack gap={0} miw={0}>
        <Text size="sm" fw={600} truncate="end" title={employee.fullName}>
          {employee.fullName}
        </Text>
        <Text size="xs" c="dimmed" truncate="end" title={employee.position}>
          {employee.position}
        </Text>
      </Stack>
    </Group>
  )
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => [...word][0] ?? '')
    .filter((char) => /\p{L}/u.test(char))
    .slice(0, 2)
    .join('')
    .toUpperCase()
}
