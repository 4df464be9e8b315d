-- données (écrit à la main)
-- A priority rank is unique per département. Before the index: where one département gave the same rank
-- twice, the earliest opinion keeps it and the later ones lose it (the préfecture ranks them again).
UPDATE "avis_prefecture" SET "rang_priorite" = NULL WHERE "id" IN (SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "departement_code", "rang_priorite" ORDER BY "donne_le", "id") AS "n" FROM "avis_prefecture" WHERE "rang_priorite" IS NOT NULL) AS "doublons" WHERE "n" > 1);--> statement-breakpoint
CREATE UNIQUE INDEX "avis_prefecture_rang_unique" ON "avis_prefecture" USING btree ("departement_code","rang_priorite") WHERE "avis_prefecture"."rang_priorite" is not null;
