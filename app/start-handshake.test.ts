import { readFileSync } from 'node:fs'
import ts from 'typescript'

// Modules run in the order they are imported: the handshake module must come before React and the UI,
// or getInitData waits for the whole bundle to be evaluated first (an import sorter would undo that).
it('main.tsx imports the handshake before anything else', () => {
  const source = ts.createSourceFile('main.tsx', readFileSync('app/main.tsx', 'utf8'), ts.ScriptTarget.Latest)
  const imports = source.statements
    .filter(ts.isImportDeclaration)
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text)
  expect(imports[0]).toBe('./start-handshake.ts')
  expect(imports).toContain('react-dom/client')
})
