#!/usr/bin/env node
// Preflight: stops at once, with a French message, when Node.js is older than package.json's `engines`.
// Plain JavaScript that any Node.js able to load an ES module parses (no syntax newer than Node 14),
// no dependency: it must speak before anything that needs a recent Node fails obscurely.
// `VERIFIER_NODE_VERSION` replaces the running version (for its tests only).
// biome-ignore lint/style/useNodejsImportProtocol: `node:` specifiers need Node ≥ 14.18 to be found.
import { readFileSync } from 'fs';

const paquet = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const exigence = /(\d+)\.(\d+)/.exec(paquet.engines.node);
const minimum = [Number(exigence[1]), Number(exigence[2])];
const version = process.env.VERIFIER_NODE_VERSION || process.versions.node;
const parties = version.replace(/^v/, '').split('.').map(Number);
const suffisante = parties[0] > minimum[0] || (parties[0] === minimum[0] && parties[1] >= minimum[1]);

if (!suffisante) {
  process.stderr.write(
    [
      `Maillage demande Node.js ${minimum.join('.')} ou plus récent (Node 24 LTS recommandé) ;`,
      `le Node.js utilisé ici est en version ${version} (${process.execPath}).`,
      '',
      'Installez Node 24, par exemple :',
      '  nvm install            # lit la version dans .nvmrc, puis : nvm use',
      'ou, sans nvm, depuis le registre npm :',
      '  npm install -g --prefix "$HOME/.local/node24" node@24',
      '  export PATH="$HOME/.local/node24/bin:$PATH"',
      'puis relancez la commande (voir « Prérequis » dans le README).',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
