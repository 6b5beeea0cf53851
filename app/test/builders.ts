import type { Employee, SipSettings } from '@/features/telephony-users/model/types.ts'

/** An employee as the view model holds one: "Employee <id>", no photo, no department. */
export function anEmployee(id: number, extension: string | null = null): Employee {
  return {
    id,
    fullName: `Employee ${id}`,
    position: '',
    photoUrl: null,
    departmentIds: [],
    extension,
    email: null,
  }
}

/** One employee's SIP settings with only the phone's state set. */
export function sipSettings(userId: number, phone: SipSettings['phone']): SipSettings {
  return { userId, phone, defaultLine: null, server: null, login: null, password: null, extension: null }
}
