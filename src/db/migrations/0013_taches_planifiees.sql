CREATE TABLE "taches_planifiees" (
	"nom" text PRIMARY KEY NOT NULL,
	"derniere_echeance" timestamp with time zone NOT NULL,
	"executee_le" timestamp with time zone NOT NULL,
	"processus" text NOT NULL
);
