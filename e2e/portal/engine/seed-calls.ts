import { LINES } from './names.ts'
import { createRandom, deriveSeed, pick, randomHex, randomInt, type Random } from './random.ts'
import type { PortalUser, StoredCall, VoximplantSettings } from './types.ts'

const DAY = 86_400

/** How an employee uses the phone in the seeded portal: the activity report must tell these apart. */
export type CallHabit = 'recent' | 'stale' | 'never'

/**
 * Most employees with a phone on call (`recent`: last call within 30 days), some have it on and never
 * called (`never`), some called only more than 90 days ago (`stale`); of those with the phone off, a
 * few used to call. Dismissed employees keep their history, as the statistics table does.
 */
export function callHabit(
  seed: number,
  user: PortalUser,
  settings: VoximplantSettings | undefined,
): CallHabit {
  const draw = createRandom(deriveSeed(seed, 2_000_000 + user.id))()
  if (settings?.PHONE_ENABLED === 'Y' && user.fields.ACTIVE)
    return draw < 0.65 ? 'recent' : draw < 0.82 ? 'never' : 'stale'
  return draw < 0.2 ? 'stale' : 'never'
}

/** The statistics of the seeded portal: same seed, same calls; IDs ascend with the start, as rows are added. */
export function seedCalls(
  seed: number,
  users: readonly PortalUser[],
  voximplant: ReadonlyMap<number, VoximplantSettings>,
): StoredCall[] {
  const drafts: Array<Omit<StoredCall, 'ID'>> = []
  for (const user of users) {
    if (user.fields.USER_TYPE !== 'employee') continue
    const habit = callHabit(seed, user, voximplant.get(user.id))
    if (habit === 'never') continue
    const random = createRandom(deriveSeed(seed, 3_000_000 + user.id))
    for (const age of callAges(habit, random)) drafts.push(call(user.id, age, random))
  }
  // Oldest first gets the lowest ID; equal ages keep the user order (stable sort).
  drafts.sort((a, b) => b.ageSeconds - a.ageSeconds)
  return drafts.map((draft, index) => ({ ID: index + 1, ...draft }))
}

/** Ages in seconds, newest first: a recent caller's newest call is within 30 days, a stale one's over 90. */
function callAges(habit: Exclude<CallHabit, 'never'>, random: Random): number[] {
  const count = habit === 'recent' ? randomInt(random, 1, 12) : randomInt(random, 1, 4)
  const newest =
    habit === 'recent' ? randomInt(random, 600, 30 * DAY) : randomInt(random, 91 * DAY, 400 * DAY)
  const ages = [newest]
  for (let i = 1; i < count; i++) ages.push(newest + randomInt(random, 3600, 200 * DAY))
  return ages.sort((a, b) => a - b)
}

function call(userId: number, ageSeconds: number, random: Random): Omit<StoredCall, 'ID'> {
  const kind = random()
  // 1 outgoing, 2 incoming (a quarter of them missed), 3 redirected to the employee, 4 callback.
  const incoming = kind < 0.45 ? 1 : kind < 0.9 ? 2 : kind < 0.96 ? 3 : 4
  const outcome = random()
  const [code, reason] =
    incoming === 1
      ? outcome < 0.85
        ? ['200', 'Success call']
        : outcome < 0.95
          ? ['486', 'Busy here']
          : ['603-S', 'Decline self']
      : outcome < 0.75
        ? ['200', 'Success call']
        : ['304', 'Missed call']
  const answered = code === '200'
  const duration = answered ? randomInt(random, 5, 1800) : 0
  return {
    PORTAL_USER_ID: userId,
    PORTAL_NUMBER: pick(random, Object.keys(LINES)),
    PHONE_NUMBER: `+1906${String(randomInt(random, 0, 9_999_999)).padStart(7, '0')}`,
    INCOMING: incoming,
    CALL_ID: `externalCall.${randomHex(random, 32)}.${userId}`,
    CALL_CATEGORY: 'external',
    CALL_DURATION: duration,
    ageSeconds,
    CALL_VOTE: answered && random() < 0.3 ? randomInt(random, 1, 5) : null,
    COST: answered && incoming === 1 ? Math.round(duration * 0.2) / 100 : 0,
    COST_CURRENCY: 'EUR',
    CALL_FAILED_CODE: code,
    CALL_FAILED_REASON: reason,
  }
}
