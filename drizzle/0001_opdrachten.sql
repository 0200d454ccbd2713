CREATE TABLE "idempotentie_sleutels" (
	"sleutel" text NOT NULL,
	"bereik" text NOT NULL,
	"verzoek_hash" text NOT NULL,
	"status" integer NOT NULL,
	"antwoord" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotentie_sleutels_bereik_sleutel_pk" PRIMARY KEY("bereik","sleutel")
);
--> statement-breakpoint
CREATE TABLE "opdracht_jaren" (
	"opdracht_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"budget_cent" bigint,
	"fte" numeric(8, 1),
	CONSTRAINT "opdracht_jaren_opdracht_id_jaar_pk" PRIMARY KEY("opdracht_id","jaar"),
	CONSTRAINT "opdracht_jaren_jaar_check" CHECK ("opdracht_jaren"."jaar" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "opdracht_statuswijzigingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"opdracht_id" uuid NOT NULL,
	"van" text,
	"naar" text NOT NULL,
	"door_persoon_id" uuid,
	"door_omschrijving" text NOT NULL,
	"toelichting" text,
	"tijdstip" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opdrachten" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text,
	"opdrachtgever_id" uuid NOT NULL,
	"opdrachtgever_persoon_id" uuid,
	"uitvoeringsorganisatie_id" uuid NOT NULL,
	"driehoek_id" uuid NOT NULL,
	"beleidsterrein_id" uuid,
	"soort" text NOT NULL,
	"wettelijke_grondslag" text,
	"startdatum" date,
	"einddatum" date,
	"status" text DEFAULT 'concept' NOT NULL,
	"kenmerk_opdrachtgever" text,
	"kenmerk_uitvoerder" text,
	"afspraak_id" uuid,
	"labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"voortgang_frequentie" text DEFAULT 'kwartaal' NOT NULL,
	CONSTRAINT "opdrachten_soort_check" CHECK ("opdrachten"."soort" in ('staande-taak','wijziging','wetgeving','project','overig')),
	CONSTRAINT "opdrachten_status_check" CHECK ("opdrachten"."status" in ('concept','afgesproken','in-uitvoering','afgerond','ingetrokken')),
	CONSTRAINT "opdrachten_frequentie_check" CHECK ("opdrachten"."voortgang_frequentie" in ('maand','kwartaal','halfjaar')),
	CONSTRAINT "opdrachten_looptijd_check" CHECK ("opdrachten"."einddatum" is null or "opdrachten"."startdatum" is null or "opdrachten"."einddatum" >= "opdrachten"."startdatum")
);
--> statement-breakpoint
CREATE TABLE "voortgangsmeldingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opdracht_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"status" text NOT NULL,
	"tekst" text NOT NULL,
	"gemeld_door" uuid,
	"gemeld_door_naam" text NOT NULL,
	"gemeld_op" timestamp with time zone NOT NULL,
	"bevestigd_door" uuid,
	"bevestigd_door_naam" text,
	"bevestigd_op" timestamp with time zone,
	"reactie" text,
	CONSTRAINT "voortgangsmeldingen_status_check" CHECK ("voortgangsmeldingen"."status" in ('groen','oranje','rood'))
);
--> statement-breakpoint
ALTER TABLE "opdracht_jaren" ADD CONSTRAINT "opdracht_jaren_opdracht_id_opdrachten_id_fk" FOREIGN KEY ("opdracht_id") REFERENCES "public"."opdrachten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opdracht_statuswijzigingen" ADD CONSTRAINT "opdracht_statuswijzigingen_opdracht_id_opdrachten_id_fk" FOREIGN KEY ("opdracht_id") REFERENCES "public"."opdrachten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opdrachten" ADD CONSTRAINT "opdrachten_opdrachtgever_id_organisaties_id_fk" FOREIGN KEY ("opdrachtgever_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opdrachten" ADD CONSTRAINT "opdrachten_opdrachtgever_persoon_id_personen_id_fk" FOREIGN KEY ("opdrachtgever_persoon_id") REFERENCES "public"."personen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opdrachten" ADD CONSTRAINT "opdrachten_uitvoeringsorganisatie_id_organisaties_id_fk" FOREIGN KEY ("uitvoeringsorganisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opdrachten" ADD CONSTRAINT "opdrachten_driehoek_id_driehoeken_id_fk" FOREIGN KEY ("driehoek_id") REFERENCES "public"."driehoeken"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opdrachten" ADD CONSTRAINT "opdrachten_beleidsterrein_id_beleidsterreinen_id_fk" FOREIGN KEY ("beleidsterrein_id") REFERENCES "public"."beleidsterreinen"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voortgangsmeldingen" ADD CONSTRAINT "voortgangsmeldingen_opdracht_id_opdrachten_id_fk" FOREIGN KEY ("opdracht_id") REFERENCES "public"."opdrachten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotentie_sleutels_created_idx" ON "idempotentie_sleutels" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "opdracht_jaren_jaar_idx" ON "opdracht_jaren" USING btree ("jaar");--> statement-breakpoint
CREATE INDEX "opdracht_statuswijzigingen_opdracht_idx" ON "opdracht_statuswijzigingen" USING btree ("opdracht_id","tijdstip");--> statement-breakpoint
CREATE INDEX "opdrachten_driehoek_idx" ON "opdrachten" USING btree ("driehoek_id","status");--> statement-breakpoint
CREATE INDEX "opdrachten_opdrachtgever_idx" ON "opdrachten" USING btree ("opdrachtgever_id");--> statement-breakpoint
CREATE INDEX "opdrachten_uitvoeringsorganisatie_idx" ON "opdrachten" USING btree ("uitvoeringsorganisatie_id");--> statement-breakpoint
CREATE INDEX "opdrachten_beleidsterrein_idx" ON "opdrachten" USING btree ("beleidsterrein_id");--> statement-breakpoint
CREATE INDEX "opdrachten_titel_idx" ON "opdrachten" USING btree (lower("titel"));--> statement-breakpoint
CREATE INDEX "opdrachten_updated_idx" ON "opdrachten" USING btree ("updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "opdrachten_kenmerk_uitvoerder_uq" ON "opdrachten" USING btree ("uitvoeringsorganisatie_id","kenmerk_uitvoerder") WHERE "opdrachten"."kenmerk_uitvoerder" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "opdrachten_kenmerk_opdrachtgever_uq" ON "opdrachten" USING btree ("opdrachtgever_id","kenmerk_opdrachtgever") WHERE "opdrachten"."kenmerk_opdrachtgever" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "voortgangsmeldingen_periode_uq" ON "voortgangsmeldingen" USING btree ("opdracht_id","periode");--> statement-breakpoint
CREATE INDEX "voortgangsmeldingen_onbevestigd_idx" ON "voortgangsmeldingen" USING btree ("opdracht_id") WHERE "voortgangsmeldingen"."bevestigd_op" is null;