/**
 * What must never leave the build, neither in the zip for a portal nor from the hosted server: source
 * maps (they publish the sources), anything of the local portal (`e2e/`, test-only) and dotfiles (editor
 * and OS leftovers such as `.DS_Store`, or an `.env` copied in by mistake).
 */
export function isShipped(relativePath: string): boolean {
  const segments = relativePath.split('/')
  if (segments[0] === 'e2e') return false
  if (segments.some((segment) => segment.startsWith('.'))) return false
  return !relativePath.endsWith('.map')
}
