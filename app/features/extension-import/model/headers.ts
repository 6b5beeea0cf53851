import { cellText, fold } from './cell-text.ts'
import type { ColumnMapping, Sheet } from './types.ts'

type Role = 'id' | 'email' | 'name' | 'first' | 'last' | 'current' | 'next'

/**
 * Headers people write for each column, in the app's five languages (English, Russian, German,
 * Spanish, Brazilian Portuguese) and as other PBX tools export them. Compared folded and without
 * spaces, so "E-Mail", "e-mail" and "EMAIL" are one.
 */
const HEADERS: Record<Role, readonly string[]> = {
  id: [
    'id',
    'user id',
    'employee id',
    'bitrix24 id',
    'b24 id',
    'portal user id',
    'id пользователя',
    'ид',
    'ид пользователя',
    'id сотрудника',
    'идентификатор',
    'benutzer id',
    'mitarbeiter id',
    'id de usuario',
    'id usuario',
    'id do usuario',
    'id do funcionario',
  ],
  email: [
    'email',
    'e-mail',
    'mail',
    'email address',
    'e-mail address',
    'work email',
    'почта',
    'эл почта',
    'электронная почта',
    'адрес электронной почты',
    'e-mail-adresse',
    'correo',
    'correo electronico',
    'email do usuario',
    'correio eletronico',
    'endereco de e-mail',
  ],
  name: [
    'name',
    'full name',
    'employee',
    'user',
    'display name',
    'employee name',
    'фио',
    'ф и о',
    'сотрудник',
    'пользователь',
    'имя и фамилия',
    'фамилия и имя',
    'фамилия имя',
    'vollstandiger name',
    'mitarbeiter',
    'benutzer',
    'nombre completo',
    'empleado',
    'usuario',
    'nombre y apellidos',
    'nome completo',
    'funcionario',
    'colaborador',
    'usuario',
    'nome',
  ],
  first: ['first name', 'given name', 'firstname', 'имя', 'vorname', 'nombre', 'primeiro nome', 'nome'],
  last: [
    'last name',
    'surname',
    'family name',
    'lastname',
    'фамилия',
    'nachname',
    'familienname',
    'apellido',
    'apellidos',
    'sobrenome',
    'apelido',
  ],
  current: [
    'current extension',
    'old extension',
    'current ext',
    'old ext',
    'extension from',
    'текущий номер',
    'старый номер',
    'текущий внутренний номер',
    'старый внутренний номер',
    'текущий добавочный',
    'aktuelle durchwahl',
    'alte durchwahl',
    'alte nebenstelle',
    'bisherige durchwahl',
    'extension actual',
    'extension anterior',
    'anexo actual',
    'ramal atual',
    'ramal antigo',
  ],
  next: [
    'new extension',
    'extension',
    'ext',
    'phone extension',
    'extension number',
    'internal number',
    'inner number',
    'extension to',
    'новый номер',
    'внутренний номер',
    'новый внутренний номер',
    'добавочный',
    'добавочный номер',
    'вн номер',
    'neue durchwahl',
    'durchwahl',
    'nebenstelle',
    'neue nebenstelle',
    'interne nummer',
    'nueva extension',
    'extension',
    'anexo',
    'interno',
    'novo ramal',
    'ramal',
    'extensao',
  ],
}

const compact = (text: string) => fold(text).replace(/ /g, '')
const LOOKUP = new Map<string, Role[]>()
for (const [role, names] of Object.entries(HEADERS) as Array<[Role, readonly string[]]>)
  for (const name of names) {
    const roles = LOOKUP.get(compact(name)) ?? []
    if (!roles.includes(role)) LOOKUP.set(compact(name), [...roles, role])
  }

/** How many of the first rows may come before the header row (a title, a blank-ish line…). */
const HEADER_SEARCH_ROWS = 10

/** The roles a header text may stand for. */
export function headerRoles(header: string): Role[] {
  return LOOKUP.get(compact(header)) ?? []
}

/**
 * The column mapping the headers suggest: the first of the first rows that names both an employee
 * column and a new-extension column. The employee is preferred by ID, then e-mail, full name, first
 * and last name, then the current extension (a renumbering). `null` when no row does: the admin then
 * chooses the columns by hand.
 */
export function guessMapping(sheet: Sheet): ColumnMapping | null {
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); index++) {
    const headers = (sheet.rows[index]?.cells ?? []).map((cell) => headerRoles(cellText(cell)))
    const column = (role: Role) => headers.findIndex((roles) => roles.includes(role))
    const taken = (role: Role, skip: number[]) =>
      headers.findIndex((roles, at) => roles.includes(role) && !skip.includes(at))
    const next = column('next')
    if (next < 0) continue
    const current = taken('current', [next])
    const first = taken('first', [next])
    const last = taken('last', [next, first])
    const who =
      column('id') >= 0
        ? ({ kind: 'id', column: column('id') } as const)
        : column('email') >= 0
          ? ({ kind: 'email', column: column('email') } as const)
          : first >= 0 && last >= 0
            ? ({ kind: 'name-parts', first, last } as const)
            : taken('name', [next]) >= 0
              ? ({ kind: 'name', column: taken('name', [next]) } as const)
              : current >= 0
                ? ({ kind: 'extension', column: current } as const)
                : null
    if (who) return { headerRow: index, who, newExtension: next }
  }
  return null
}

/** Column names for choosing by hand: the header text, or the spreadsheet letter when there is none. */
export function columnLabels(sheet: Sheet, headerRow: number): string[] {
  const width = Math.max(0, ...sheet.rows.slice(0, 50).map((row) => row.cells.length))
  const headers = sheet.rows[headerRow]?.cells ?? []
  return Array.from({ length: width }, (_, index) => cellText(headers[index]) || columnLetter(index))
}

export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}
