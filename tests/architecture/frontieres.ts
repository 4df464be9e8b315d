/**
 * The house's walls, read from the imports with the TypeScript parser:
 * - `mur` — a feature imports only another feature's public surface (`src/features/<f>/index.ts`);
 *   `src/features/index.ts` (the list of modules) may import each `module.ts`;
 * - `socle` — `platform/`, `ui/`, `db/`, `config/` import no feature;
 * - `tests` — no source file under `src/` imports `tests/` (colocated `*.test.ts` files may);
 * - `tables` — a feature imports from `db/schema` only the tables it owns (the schema file named after
 *   it); others' data comes through their public surface.
 * Usage: node --import tsx tests/architecture/frontieres.ts  (prints each violation, exit 1 if any)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type Regle = 'mur' | 'socle' | 'tests' | 'tables';

export interface Violation {
  regle: Regle;
  /** Relative to the root, with `/`. */
  fichier: string;
  ligne: number;
  /** What is imported (a path, or `table <name> (owner)`). */
  cible: string;
}

const SOCLE = ['platform', 'ui', 'db', 'config'];

function fichiers(dir: string): string[] {
  return readdirSync(dir).flatMap((nom) => {
    const p = path.join(dir, nom);
    if (statSync(p).isDirectory()) return nom === 'node_modules' || nom === 'migrations' ? [] : fichiers(p);
    return /\.(ts|tsx|mts)$/.test(nom) ? [p] : [];
  });
}

const estTest = (f: string) => /\.test\.tsx?$/.test(f);
const rel = (racine: string, f: string) => path.relative(racine, f).split(path.sep).join('/');

/** Owner feature of each table, from the schema files' names (`lieux-suivi.ts` belongs to `lieux`). */
function proprietaires(racine: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = path.join(racine, 'src/db/schema');
  for (const nom of readdirSync(dir)) {
    if (nom === 'index.ts' || !nom.endsWith('.ts')) continue;
    const owner = nom.replace(/\.ts$/, '').split('-')[0]!;
    for (const m of readFileSync(path.join(dir, nom), 'utf8').matchAll(/export const (\w+)\s*=/g)) {
      out.set(m[1]!, owner);
    }
  }
  return out;
}

export function verifierFrontieres(racine: string): Violation[] {
  const violations: Violation[] = [];
  const tables = proprietaires(racine);
  for (const abs of fichiers(path.join(racine, 'src'))) {
    const fichier = rel(racine, abs);
    const texte = readFileSync(abs, 'utf8');
    const source = ts.createSourceFile(abs, texte, ts.ScriptTarget.Latest, true);
    const feature = fichier.match(/^src\/features\/([^/]+)\//)?.[1] ?? null;
    const couche = fichier.match(/^src\/([^/]+)\//)?.[1] ?? null;
    const test = estTest(fichier);
    const imports: { spec: string; node: ts.Node; noms: string[] }[] = [];
    const visiter = (n: ts.Node) => {
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) {
        const spec = (n.moduleSpecifier as ts.StringLiteral).text;
        const noms: string[] = [];
        if (ts.isImportDeclaration(n)) {
          const b = n.importClause?.namedBindings;
          if (b && ts.isNamedImports(b))
            for (const e of b.elements) noms.push((e.propertyName ?? e.name).text);
        }
        imports.push({ spec, node: n, noms });
      } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const a = n.arguments[0];
        if (a && ts.isStringLiteral(a)) imports.push({ spec: a.text, node: n, noms: [] });
      }
      ts.forEachChild(n, visiter);
    };
    visiter(source);
    for (const { spec, node, noms } of imports) {
      if (!spec.startsWith('.')) continue;
      const cible = rel(racine, path.resolve(path.dirname(abs), spec));
      const ligne = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const signaler = (regle: Regle, quoi = cible) =>
        violations.push({ regle, fichier, ligne, cible: quoi });
      if (cible.startsWith('tests/') && !test) signaler('tests');
      const cibleFeature = cible.match(/^src\/features\/([^/]+)\/(.+)$/);
      if (couche && SOCLE.includes(couche) && cible.startsWith('src/features/')) signaler('socle');
      if (!test && cibleFeature && feature && cibleFeature[1] !== feature && cibleFeature[2] !== 'index.ts') {
        signaler('mur');
      }
      if (!test && feature && cible.startsWith('src/db/schema/')) {
        for (const nom of noms) {
          const owner = tables.get(nom);
          if (owner && owner !== feature) signaler('tables', `table ${nom} (${owner})`);
        }
      }
    }
  }
  return violations;
}

export function formater(v: Violation): string {
  return `${v.fichier}:${v.ligne} [${v.regle}] ${v.cible}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const vs = verifierFrontieres(path.resolve(import.meta.dirname, '../..'));
  for (const v of vs) console.log(formater(v));
  console.log(`${vs.length} violation(s)`);
  process.exit(vs.length ? 1 : 0);
}
