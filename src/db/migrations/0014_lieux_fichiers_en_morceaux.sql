-- The file of an import is kept in base64 pieces (see the schema): the old table becomes one piece each.
ALTER TABLE "lieux_imports_fichiers" RENAME TO "lieux_imports_fichiers_ancien";--> statement-breakpoint
CREATE TABLE "lieux_imports_fichiers" (
	"import_id" uuid NOT NULL,
	"rang" integer NOT NULL,
	"morceau" text NOT NULL,
	"recu_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lieux_imports_fichiers_import_id_rang_pk" PRIMARY KEY("import_id","rang")
);--> statement-breakpoint
INSERT INTO "lieux_imports_fichiers" ("import_id", "rang", "morceau")
	SELECT "import_id", 0, replace(encode("contenu", 'base64'), E'\n', '') FROM "lieux_imports_fichiers_ancien";--> statement-breakpoint
DROP TABLE "lieux_imports_fichiers_ancien";
