/**
 * Finds iteration over DOM values that Firefox's content script cannot iterate.
 *
 * In Firefox a content script sees the page's objects through Xrays: its `URL`, `document` and
 * `CSS.highlights` are the page's. Measured in Firefox ESR 153 (tests/e2e/firefox/xray.e2e.test.ts):
 * NodeLists, HTMLCollections, DOMTokenLists and URLSearchParams themselves iterate fine, but
 * - an iterator that a DOM interface's keys(), values() or entries() returns (URLSearchParams',
 *   and in the same family Headers', FormData's...) is not iterable: spreading it or for…of over it
 *   throws "is not iterable", and Array.from(it) quietly gives [];
 * - a DOM maplike or setlike (CSS.highlights, a Highlight, document.fonts...) cannot be iterated
 *   at all ("Xray wrapping of iterators not supported"), nor walked with forEach.
 * The type checker knows which values those are (lib.dom's *Iterator interfaces, and lib.dom
 * interfaces that extend Map or Set), so every place that iterates one is reported.
 */
import path from 'node:path';
import ts from 'typescript';

export interface CrossRealmFinding {
  file: string;
  line: number;
  /** The source text of the iterated expression. */
  text: string;
  /** What iterates it: 'spread', 'for…of', 'Array.from', 'forEach'... */
  how: string;
  /** The DOM type that cannot be iterated, e.g. URLSearchParamsIterator. */
  type: string;
}

const DOM_LIB = /[\\/]lib\.dom(\.iterable)?\.d\.ts$/;
const COLLECTION_BASES = new Set(['Map', 'Set', 'ReadonlyMap', 'ReadonlySet']);
/** Calls that iterate their first argument. */
const ITERATING_CALLS: Record<string, Set<string>> = {
  Array: new Set(['from']),
  Object: new Set(['fromEntries']),
  Promise: new Set(['all', 'allSettled', 'any', 'race']),
};
const ITERATING_CONSTRUCTORS = new Set(['Set', 'Map', 'WeakSet', 'WeakMap']);
const COLLECTION_WALKS = new Set(['forEach', 'keys', 'values', 'entries']);

type Hazard = { kind: 'iterator' | 'collection'; name: string };

function declaredInDomLib(symbol: ts.Symbol | undefined): boolean {
  return Boolean(symbol?.declarations?.some((d) => DOM_LIB.test(d.getSourceFile().fileName)));
}

/** Why values of `type` cannot be iterated through an Xray, or null when they can. */
function hazardOf(checker: ts.TypeChecker, type: ts.Type): Hazard | null {
  if (type.isUnion() || type.isIntersection()) {
    for (const part of type.types) {
      const hazard = hazardOf(checker, part);
      if (hazard) return hazard;
    }
    return null;
  }
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (!symbol || !declaredInDomLib(symbol)) return null;
  const name = symbol.getName();
  if (/Iterator$/.test(name)) return { kind: 'iterator', name };
  const declarations = symbol.declarations ?? [];
  const extendsCollection = declarations.some(
    (d) =>
      ts.isInterfaceDeclaration(d) &&
      d.heritageClauses?.some((clause) =>
        clause.types.some((t) => ts.isIdentifier(t.expression) && COLLECTION_BASES.has(t.expression.text)),
      ),
  );
  return extendsCollection ? { kind: 'collection', name } : null;
}

/** Every place in `program`'s files accepted by `include` that iterates a value Firefox's Xrays cannot. */
export function findCrossRealmIteration(
  program: ts.Program,
  include: (fileName: string) => boolean,
): CrossRealmFinding[] {
  const checker = program.getTypeChecker();
  const findings: CrossRealmFinding[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !include(source.fileName)) continue;
    const report = (node: ts.Expression, how: string, accept: (h: Hazard) => boolean = () => true): void => {
      const hazard = hazardOf(checker, checker.getTypeAtLocation(node));
      if (!hazard || !accept(hazard)) return;
      findings.push({
        file: path.relative(process.cwd(), source.fileName),
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
        text: node.getText(source),
        how,
        type: hazard.name,
      });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isSpreadElement(node)) report(node.expression, 'spread');
      else if (ts.isForOfStatement(node)) report(node.expression, 'for…of');
      else if (ts.isVariableDeclaration(node) && ts.isArrayBindingPattern(node.name) && node.initializer)
        report(node.initializer, 'array destructuring');
      else if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isArrayLiteralExpression(node.left)
      )
        report(node.right, 'array destructuring');
      else if (ts.isYieldExpression(node) && node.asteriskToken && node.expression)
        report(node.expression, 'yield*');
      else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const { expression: owner, name } = node.expression;
        const first = node.arguments[0];
        if (ts.isIdentifier(owner) && ITERATING_CALLS[owner.text]?.has(name.text) && first)
          report(first, `${owner.text}.${name.text}`);
        if (COLLECTION_WALKS.has(name.text)) report(owner, name.text, (h) => h.kind === 'collection');
      } else if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        ITERATING_CONSTRUCTORS.has(node.expression.text) &&
        node.arguments?.[0]
      )
        report(node.arguments[0], `new ${node.expression.text}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}

/** A program over `files` with the project's compiler options (tsconfig.json). */
export function projectProgram(files: string[], tsconfig = 'tsconfig.json'): ts.Program {
  const config = ts.readConfigFile(tsconfig, (f) => ts.sys.readFile(f));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(path.resolve(tsconfig)));
  return ts.createProgram({ rootNames: files, options: { ...parsed.options, noEmit: true } });
}
