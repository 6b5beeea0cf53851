/** The users table's columns after the checkbox, in order; `lastCall` only once an activity scan has run. */
export type ColumnId =
  'employee' | 'department' | 'extension' | 'phone' | 'line' | 'server' | 'login' | 'password' | 'lastCall'

/**
 * Marks a header or cell with its column. users-table.module.css hides columns by this name as the
 * frame narrows, so a column added or moved later cannot shift which cells give way.
 */
export const columnOf = (id: ColumnId) => ({ 'data-column': id }) as const
