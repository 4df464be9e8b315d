CREATE TABLE "activite_stats_jour" (
	"departement_code" text NOT NULL,
	"thematique" text NOT NULL,
	"type" text NOT NULL,
	"jour" date NOT NULL,
	"activites" integer DEFAULT 0 NOT NULL,
	"accompagnements" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "activite_stats_jour_pk" PRIMARY KEY("departement_code","thematique","type","jour")
);
--> statement-breakpoint
CREATE TABLE "activite_stats_mois" (
	"departement_code" text NOT NULL,
	"thematique" text NOT NULL,
	"type" text NOT NULL,
	"mois" text NOT NULL,
	"dimension" text NOT NULL,
	"valeur" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "activite_stats_mois_pk" PRIMARY KEY("departement_code","thematique","type","mois","dimension","valeur")
);
--> statement-breakpoint
CREATE TABLE "activite_stats_presences" (
	"departement_code" text NOT NULL,
	"type" text NOT NULL,
	"thematique" text NOT NULL,
	"anonyme" boolean NOT NULL,
	"mois" text NOT NULL,
	"mois_precedent" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "activite_stats_presences_pk" PRIMARY KEY("departement_code","type","thematique","mois","mois_precedent","anonyme")
);
--> statement-breakpoint
CREATE INDEX "activite_stats_mois_communes_idx" ON "activite_stats_mois" USING btree ("dimension","thematique","mois") WHERE dimension in ('communes', 'communesAn');