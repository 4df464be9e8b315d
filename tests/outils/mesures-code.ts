/**
 * House measures for the closing notes of refactorings: size distribution of the source files under
 * `src/` (migrations excluded) and the functions longer than 100 lines, found with the TypeScript parser.
 * Usage: node --import tsx tests/outils/mesures-code.ts [dossier]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const racine = path.resolve(process.argv[2] ?? 'src');

function fichiers(dir: string): string[] {
  return readdirSync(dir).flatMap((nom) => {
    const p = path.join(dir, nom);
    if (statSync(p).isDirectory()) return nom === 'migrations' ? [] : fichiers(p);
    return /\.(ts|tsx)$/.test(nom) ? [p] : [];
  });
}

function centile(tries: number[], q: number): number {
  return tries[Math.min(tries.length - 1, Math.ceil(q * tries.length) - 1)] ?? 0;
}

const liste = fichiers(racine);
const lignes: number[] = [];
const longues: { fichier: string; nom: string; lignes: number }[] = [];
for (const f of liste) {
  const texte = readFileSync(f, 'utf8');
  lignes.push(texte.split('\n').length - (texte.endsWith('\n') ? 1 : 0));
  const source = ts.createSourceFile(f, texte, ts.ScriptTarget.Latest, true);
  const visiter = (n: ts.Node) => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const debut = source.getLineAndCharacterOfPosition(n.getStart(source)).line;
      const fin = source.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (fin - debut + 1 > 100) {
        const nom = n.name && ts.isIdentifier(n.name) ? n.name.text : '(anonyme)';
        longues.push({ fichier: path.relative(process.cwd(), f), nom, lignes: fin - debut + 1 });
      }
    }
    ts.forEachChild(n, visiter);
  };
  visiter(source);
}
lignes.sort((a, b) => a - b);
const tests = liste.filter((f) => /\.test\.tsx?$/.test(f)).length;
console.log(`fichiers=${liste.length} (dont ${tests} de test)`);
console.log(
  `lignes : médiane=${centile(lignes, 0.5)} p90=${centile(lignes, 0.9)} max=${lignes.at(-1)} total=${lignes.reduce((a, b) => a + b, 0)}`,
);
console.log(`fonctions de plus de 100 lignes : ${longues.length}`);
for (const l of longues.sort((a, b) => b.lignes - a.lignes))
  console.log(`  ${l.lignes}\t${l.fichier} ${l.nom}`);
