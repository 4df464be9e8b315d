DROP INDEX "mises_en_relation_occupants_idx";--> statement-breakpoint
ALTER TABLE "conventions" ADD COLUMN "signature_deposee_le" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conventions" ADD COLUMN "motif_renvoi" text;--> statement-breakpoint
ALTER TABLE "mises_en_relation" ADD COLUMN "motif_anct" text;--> statement-breakpoint
CREATE INDEX "mises_en_relation_occupants_idx" ON "mises_en_relation" USING btree ("structure_id") WHERE "mises_en_relation"."statut" in ('a_confirmer', 'recrutee', 'renvoyee', 'validee', 'en_poste');--> statement-breakpoint
-- données (écrit à la main)
-- A copy uploaded under the old rule was never reviewed: it now waits for ANCT's check.
UPDATE "conventions" SET "statut" = 'SIGNATURE_A_VERIFIER', "signature_deposee_le" = "signee_le", "signee_le" = NULL WHERE "statut" = 'SIGNEE' AND "fichier_signe_id" IS NOT NULL;
