/**
 * How long to wait before asking voximplant.user.get again while an administrator's approval is pending.
 * Repeating the call does not notify the admins again (docs: api-reference/scopes/confirmation.md), so
 * polling is safe; it starts brisk (an admin who was asked in person answers within seconds) and backs off.
 */
export function approvalPollDelay(pendingForMs: number): number {
  if (pendingForMs < 30_000) return 3_000
  if (pendingForMs < 2 * 60_000) return 5_000
  if (pendingForMs < 10 * 60_000) return 15_000
  return 30_000
}
