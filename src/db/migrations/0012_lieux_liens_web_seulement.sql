-- Links a page renders must be web addresses: earlier imports stored javascript:, data: or vbscript: ones.
UPDATE "lieux" SET "prise_rdv" = NULL WHERE "prise_rdv" IS NOT NULL AND "prise_rdv" !~* '^https?://[^/\s]+\.';
--> statement-breakpoint
UPDATE "lieux" SET "fiche_acces_libre" = NULL WHERE "fiche_acces_libre" IS NOT NULL AND "fiche_acces_libre" !~* '^https?://[^/\s]+\.';
--> statement-breakpoint
UPDATE "lieux" SET "site_web" = ARRAY(SELECT s FROM unnest("site_web") AS s WHERE s ~* '^https?://[^/\s]+\.')
WHERE EXISTS (SELECT 1 FROM unnest("site_web") AS s WHERE s !~* '^https?://[^/\s]+\.');
