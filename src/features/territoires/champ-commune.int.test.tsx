import { existsSync, mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/helpers/db.ts';
import { createMemoryMailer } from '../../../tests/helpers/mailer.ts';
import { lancerChromium } from '../../../tests/support/chromium.ts';
import { loadConfig } from '../../config/env.ts';
import type { Database } from '../../db/client.ts';
import { buildApp } from '../../platform/http/app.tsx';
import { sendPage } from '../../platform/http/render.tsx';
import { buildRegistry } from '../../platform/module/registry.ts';
import { CommuneField } from '../../ui/components/commune-field.tsx';
import { CsrfField } from '../../ui/components/form.tsx';
import { type ResolutionCommune, resolveCommune } from './resoudre-commune.ts';
import { territoiresRoutes } from './routes.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A form using the field, registered by this test only: what any feature's form does. */
function formulaireEssai(app: FastifyInstance) {
  const page = (
    request: Parameters<typeof sendPage>[0],
    reply: Parameters<typeof sendPage>[1],
    valeurs: { texte?: string; code?: string; resolution?: ResolutionCommune },
  ) => {
    const r = valeurs.resolution;
    return sendPage(
      request,
      reply,
      { title: 'Essai du champ commune', status: r && !r.ok ? 422 : 200 },
      <>
        <h1>Essai du champ commune</h1>
        {r?.ok ? <p id="resultat">{`Commune choisie : ${r.commune.nom} (${r.commune.code})`}</p> : null}
        <form method="post" action="/essai-commune">
          <CsrfField token={reply.generateCsrf()} />
          <CommuneField
            name="commune"
            label="Votre commune"
            value={valeurs.texte}
            code={valeurs.code}
            error={r && !r.ok ? r.message : undefined}
            candidates={r && !r.ok ? r.candidates : undefined}
          />
          <button class="fr-btn" type="submit">
            Valider
          </button>
        </form>
      </>,
    );
  };
  app.get('/essai-commune', (request, reply) => page(request, reply, {}));
  app.post('/essai-commune', async (request, reply) => {
    const body = request.body as { commune?: string; commune_code?: string };
    const resolution = await resolveCommune(app.deps.db, body.commune ?? '', body.commune_code);
    return page(request, reply, { texte: body.commune, code: body.commune_code, resolution });
  });
}

describe.skipIf(!existsSync(CHROMIUM))('champ commune dans un navigateur', { timeout: 60_000 }, () => {
  let app: FastifyInstance;
  let database: Database;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'maillage-test-'));
    const config = loadConfig({ MODE: 'demo', DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off' });
    app = await buildApp({
      config,
      db: database.db,
      engine: database.engine,
      mailer: createMemoryMailer(),
      now: () => new Date(),
      registry: buildRegistry([{ name: 'essai', routes: [territoiresRoutes, formulaireEssai] }]),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await lancerChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const champ = (page: Page) => {
    // Fail with a locator message rather than hang until the test timeout.
    page.setDefaultTimeout(15_000);
    return page.locator('#champ-commune');
  };
  const code = (page: Page) => page.locator('#champ-commune_code');
  /** Waits for the answer to the whole typed text (a slow machine may first show a shorter prefix's). */
  const suggestions = async (page: Page, premiere: string) => {
    await page.locator('[data-commune-autocomplete][data-etat="pret"]').waitFor({ state: 'attached' });
    expect(await page.locator('[role="option"]').first().textContent()).toContain(premiere);
  };

  it('propose des communes au clavier, garde le code INSEE et passe axe sans violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/essai-commune`);
    const input = champ(page);
    await expect.poll(() => input.getAttribute('role'), { timeout: 10_000 }).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    const listeId = await input.getAttribute('aria-controls');
    const liste = page.locator(`#${listeId}`);
    expect(await liste.getAttribute('role')).toBe('listbox');

    await input.pressSequentially('saint etienne', { delay: 20 });
    await suggestions(page, 'Saint-Étienne (42000)');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await liste.locator('[role="option"]').first().textContent()).toContain('Saint-Étienne (42000)');
    await expect
      .poll(() => page.locator('[role="status"]').textContent(), { timeout: 10_000 })
      .toMatch(/^8 communes proposées/);

    const axe = await new AxeBuilder({ page }).include('form').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await input.press('ArrowDown');
    const premiere = liste.locator('[role="option"]').first();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await premiere.getAttribute('id'));
    expect(await premiere.getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    expect(await premiere.getAttribute('aria-selected')).toBe('true');
    await input.press('Enter');
    expect(await input.inputValue()).toBe('Saint-Étienne (42000)');
    expect(await code(page).inputValue()).toBe('42218');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await liste.isHidden()).toBe(true);

    await page.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('#resultat').textContent(), { timeout: 10_000 })
      .toBe('Commune choisie : Saint-Étienne (42218)');
    await context.close();
  });

  it('ferme la liste avec Échap et oublie le code quand le texte change', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essai-commune`);
    const input = champ(page);
    await expect.poll(() => input.getAttribute('role'), { timeout: 10_000 }).toBe('combobox');
    await input.pressSequentially('02000', { delay: 20 });
    await suggestions(page, 'Laon (02000)');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.press('ArrowDown');
    await input.press('Enter');
    expect(await code(page).inputValue()).toBe('02408');
    await input.press('Backspace');
    expect(await code(page).inputValue()).toBe('');
    await page.close();
  });

  it('sans JavaScript : texte résolu par le serveur, homonymes en boutons radio', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/essai-commune`);
    expect(await champ(page).getAttribute('role')).toBeNull();
    await champ(page).fill('saint denis');
    await page.locator('button[type="submit"]').click();
    await page.locator('input[type="radio"]').first().waitFor();
    expect(await page.locator('.fr-error-text').textContent()).toContain('Plusieurs communes');
    expect(await page.locator('input[type="radio"]').count()).toBe(4);
    // DSFR draws the radio on its label: a person clicks the label.
    await page.locator('label[for="champ-commune-choix-93066"]').click();
    expect(await page.locator('#champ-commune-choix-93066').isChecked()).toBe(true);
    await page.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('#resultat').textContent(), { timeout: 10_000 })
      .toBe('Commune choisie : Saint-Denis (93066)');

    await champ(page).fill('Laon');
    await page.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('#resultat').textContent(), { timeout: 10_000 })
      .toBe('Commune choisie : Laon (02408)');
    await context.close();
  });

  it('remplace les boutons radio par la commune choisie dans l’autocomplétion', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/essai-commune`);
    // Enter submits the form unless a suggestion is active (the open list may cover the button).
    await champ(page).fill('Saint-Denis');
    await champ(page).press('Enter');
    await page.locator('input[type="radio"]').first().waitFor();
    const input = champ(page);
    await expect.poll(() => input.getAttribute('role'), { timeout: 10_000 }).toBe('combobox');
    await input.fill('');
    await input.pressSequentially('amiens', { delay: 20 });
    await suggestions(page, 'Amiens (80000)');
    await input.press('ArrowDown');
    await input.press('Enter');
    expect(await page.locator('input[type="radio"]').count()).toBe(0);
    expect(await code(page).isDisabled()).toBe(false);
    await input.press('Enter');
    await expect
      .poll(() => page.locator('#resultat').textContent(), { timeout: 10_000 })
      .toBe('Commune choisie : Amiens (80021)');
    await page.close();
  });
});
