import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import type { B24Client } from './b24/client.ts'
import { AppError } from './b24/errors.ts'

const CurrentUserAnswer = z.object({
  ID: z.union([z.string(), z.number()]),
  NAME: z.nullish(z.string()),
  LAST_NAME: z.nullish(z.string()),
})

export interface CurrentUser {
  id: number
  fullName: string
}

export const currentUserQuery = (client: B24Client) =>
  queryOptions({
    queryKey: ['portal', 'current-user'],
    queryFn: async (): Promise<CurrentUser> => {
      const { result } = await client.call('user.current')
      const parsed = CurrentUserAnswer.safeParse(result)
      if (!parsed.success) throw new AppError({ kind: 'invalid-answer', description: 'user.current' })
      const { ID, NAME, LAST_NAME } = parsed.data
      return { id: Number(ID), fullName: [NAME, LAST_NAME].filter(Boolean).join(' ') }
    },
    staleTime: Infinity,
  })
