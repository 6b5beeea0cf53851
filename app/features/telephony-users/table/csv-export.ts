import type { Department, Employee, SipTable } from '../model/types.ts'

/** One field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  // A leading =, +, - or @ would make a spreadsheet evaluate the cell: prefix it (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(rows: readonly string[][]): string {
  // UTF-8 BOM so spreadsheets read Cyrillic and accents right; CRLF line ends per RFC 4180.
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

export interface ExportColumns {
  name: string
  department: string
  extension: string
  server: string
  login: string
  password: string
}

/** Rows for phone provisioning: the password column only when the user asked for it. */
export function provisioningRows(
  employees: readonly Employee[],
  departments: Map<number, Department>,
  sip: SipTable | undefined,
  header: ExportColumns,
  includePasswords: boolean,
): string[][] {
  const head = [header.name, header.department, header.extension, header.server, header.login]
  const rows = [includePasswords ? [...head, header.password] : head]
  for (const employee of employees) {
    const settings = sip?.byId.get(employee.id)
    const row = [
      employee.fullName,
      employee.departmentIds.map((id) => departments.get(id)?.name ?? `#${id}`).join('; '),
      employee.extension ?? settings?.extension ?? '',
      settings?.server ?? '',
      settings?.login ?? '',
    ]
    rows.push(includePasswords ? [...row, settings?.password ?? ''] : row)
  }
  return rows
}

/** `sip-phones-<portal>-<yyyy-mm-dd>.csv` */
export function exportFileName(portalDomain: string, now: Date): string {
  const portal = portalDomain.replace(/^https?:\/\//, '').replace(/[^\w.-]+/g, '_')
  return `sip-phones-${portal}-${now.toISOString().slice(0, 10)}.csv`
}
