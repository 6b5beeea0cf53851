import type { RestAnswer } from '../contract.ts'
import { shapeDrift, type ShapeRules } from './doc-shape.ts'
import appInfo from './doc-examples/app-info.json'
import batch from './doc-examples/batch.json'
import departmentGet from './doc-examples/department-get.json'
import profile from './doc-examples/profile.json'
import scope from './doc-examples/scope.json'
import userAdmin from './doc-examples/user-admin.json'
import userCurrent from './doc-examples/user-current.json'
import userGet from './doc-examples/user-get.json'
import activatePhone from './doc-examples/voximplant-user-activate-phone.json'
import lineGet from './doc-examples/voximplant-line-get.json'
import statisticGet from './doc-examples/voximplant-statistic-get.json'
import voximplantUserGet from './doc-examples/voximplant-user-get.json'
import { kit } from './test-kit.ts'

/**
 * Contract tests: for every method the app calls, the portal's answer has the keys and JSON types of
 * the example answer on its REST docs page (the fixture names the page). A drift fails here.
 */
interface Fixture {
  doc: string
  example: unknown
}

/** Fields scope user_brief withholds from the docs' examples (written for scope `user`). */
const NOT_IN_USER_BRIEF = ['EMAIL', 'LAST_LOGIN', 'PERSONAL_WWW', 'PERSONAL_MOBILE', 'WORK_PHONE']
const withheld = (prefix: string) => NOT_IN_USER_BRIEF.map((field) => `${prefix}.${field}`)

const cases: Array<[string, Fixture, (call: ReturnType<typeof kit>['call']) => RestAnswer, ShapeRules?]> = [
  [
    'user.get',
    userGet,
    (call) => call('user.get', { FILTER: { ID: [1, 3] } }),
    { withheld: withheld('result[]') },
  ],
  ['user.current', userCurrent, (call) => call('user.current'), { withheld: withheld('result') }],
  ['department.get', departmentGet, (call) => call('department.get'), { optional: ['result[].PARENT'] }],
  [
    'voximplant.user.get',
    voximplantUserGet,
    (call) => call('voximplant.user.get', { USER_ID: [1, 2, 3, 4, 5, 6] }),
    {
      nullable: [
        'result[].DEFAULT_LINE',
        'result[].PHONE_ENABLED',
        'result[].SIP_PASSWORD',
        'result[].INNER_NUMBER',
      ],
    },
  ],
  [
    'voximplant.user.activatePhone',
    activatePhone,
    (call) => call('voximplant.user.activatePhone', { USER_ID: 2 }),
  ],
  // The deactivatePhone page shows no answer; Bitrix24 answers it as activatePhone does.
  [
    'voximplant.user.deactivatePhone',
    activatePhone,
    (call) => call('voximplant.user.deactivatePhone', { USER_ID: 2 }),
  ],
  ['voximplant.line.get', lineGet, (call) => call('voximplant.line.get'), { maps: ['result'] }],
  [
    'voximplant.statistic.get',
    statisticGet,
    (call) => call('voximplant.statistic.get', { SORT: 'CALL_START_DATE', ORDER: 'DESC' }),
    // A call bound to no CRM entity has NULLs there (the example shows two bound calls).
    { nullable: ['result[].CRM_ENTITY_TYPE', 'result[].CRM_ENTITY_ID', 'result[].CRM_ACTIVITY_ID'] },
  ],
  [
    'batch',
    batch,
    (call) =>
      call('batch', {
        halt: 0,
        cmd: {
          get_user: 'user.current',
          get_department: 'department.get?ID=$result[get_user][UF_DEPARTMENT][0]',
        },
      }),
    { withheld: withheld('result.result.get_user') },
  ],
  ['app.info', appInfo, (call) => call('app.info')],
  ['profile', profile, (call) => call('profile')],
  ['user.admin', userAdmin, (call) => call('user.admin')],
  ['scope', scope, (call) => call('scope')],
]

describe.each(cases)('%s answers like its docs example', (_method, fixture, run, rules) => {
  test(fixture.doc, () => {
    const answer = run(kit().call)
    expect(answer.status).toBe(200)
    expect(shapeDrift(fixture.example, answer.body, rules)).toEqual([])
  })
})
