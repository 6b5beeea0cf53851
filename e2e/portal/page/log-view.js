// @ts-check
/** @typedef {import('./api.js').RequestLogEntry} RequestLogEntry */

/** Rows kept on screen: enough to see a burst, few enough to stay cheap at 1 poll a second. */
const MAX_ROWS = 100

/**
 * The request log table, newest first. `sync` takes the server's newest seq and the entries after the
 * last one shown; a seq going backwards means the log was cleared or the portal reset.
 * @param {HTMLTableSectionElement} body The table's tbody.
 */
export function createLogView(body) {
  let lastSeq = 0
  return {
    get lastSeq() {
      return lastSeq
    },
    /**
     * @param {number} serverLastSeq
     * @param {RequestLogEntry[]} entries
     */
    sync(serverLastSeq, entries) {
      if (serverLastSeq < lastSeq) {
        body.replaceChildren()
        lastSeq = 0
      }
      for (const entry of entries) {
        if (entry.seq <= lastSeq) continue
        body.prepend(row(entry))
        lastSeq = entry.seq
      }
      while (body.rows.length > MAX_ROWS) body.lastElementChild?.remove()
    },
  }
}

/** @param {RequestLogEntry} entry */
function row(entry) {
  const tr = document.createElement('tr')
  const method = entry.commands
    ? `batch (${entry.commands.length}): ${[...new Set(entry.commands)].join(', ')}`
    : entry.method
  const errors = entry.commandErrors ? Object.values(entry.commandErrors) : []
  const error = [entry.error === '' ? '(empty code)' : entry.error, ...new Set(errors)]
    .filter(Boolean)
    .join(', ')
  const status = entry.fault ? `${entry.status} ${entry.fault}` : String(entry.status)
  for (const text of [String(entry.seq), method, status, error, String(entry.durationMs)]) {
    const td = document.createElement('td')
    td.textContent = text
    tr.append(td)
  }
  if (entry.fault || entry.status >= 400 || errors.length > 0) tr.className = 'portal-log-error'
  return tr
}
