CREATE TABLE "organisaties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"naam" text NOT NULL,
	"afkorting" text,
	"soort" text NOT NULL,
	"parent_id" uuid,
	"actief_van" date,
	"actief_tot" date,
	CONSTRAINT "organisaties_soort_check" CHECK ("organisaties"."soort" in ('ministerie','bestuursstaf','directoraat-generaal','directie','uitvoeringsorganisatie','onderdeel')),
	CONSTRAINT "organisaties_periode_check" CHECK ("organisaties"."actief_tot" is null or "organisaties"."actief_van" is null or "organisaties"."actief_tot" >= "organisaties"."actief_van")
);
--> statement-breakpoint
CREATE TABLE "personen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"naam" text NOT NULL,
	"email" text NOT NULL,
	"wachtwoord_hash" text,
	"is_actief" boolean DEFAULT true NOT NULL,
	"oidc_issuer" text,
	"oidc_subject" text
);
--> statement-breakpoint
CREATE TABLE "rollen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"persoon_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"organisatie_id" uuid,
	"driehoek_id" uuid,
	"geldig_van" date NOT NULL,
	"geldig_tot" date,
	CONSTRAINT "rollen_rol_check" CHECK ("rollen"."rol" in ('opdrachtgever','opdrachtnemer','eigenaar','coordinerend-opdrachtgever','procescoordinator','adviseur','lezer','beheerder')),
	CONSTRAINT "rollen_periode_check" CHECK ("rollen"."geldig_tot" is null or "rollen"."geldig_tot" >= "rollen"."geldig_van")
);
--> statement-breakpoint
CREATE TABLE "driehoek_opdrachtgevers" (
	"driehoek_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"is_coordinerend" boolean DEFAULT false NOT NULL,
	CONSTRAINT "driehoek_opdrachtgevers_driehoek_id_organisatie_id_pk" PRIMARY KEY("driehoek_id","organisatie_id")
);
--> statement-breakpoint
CREATE TABLE "driehoeken" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uitvoeringsorganisatie_id" uuid NOT NULL,
	"eigenaar_id" uuid NOT NULL,
	"omschrijving" text,
	"scheiding_uitzondering_reden" text,
	"scheiding_uitzondering_door" uuid,
	"scheiding_uitzondering_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "beleidsterrein_uitvoerders" (
	"beleidsterrein_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	CONSTRAINT "beleidsterrein_uitvoerders_beleidsterrein_id_organisatie_id_pk" PRIMARY KEY("beleidsterrein_id","organisatie_id")
);
--> statement-breakpoint
CREATE TABLE "beleidsterreinen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text,
	"beleidsverantwoordelijke_id" uuid,
	"parent_id" uuid,
	"wettelijke_grondslagen" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"aangemaakt_door" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"ingetrokken_op" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "oidc_aanmeldingen" (
	"state" text PRIMARY KEY NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"terug_naar" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"persoon_id" uuid NOT NULL,
	"via" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessies_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_gebeurtenissen" (
	"volgnummer" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_omschrijving" text NOT NULL,
	"actie" text NOT NULL,
	"entiteit" text NOT NULL,
	"entiteit_id" text NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	"request_id" text,
	"payload" jsonb,
	"payload_hash" text NOT NULL,
	"vorige_hash" text NOT NULL,
	"chain_hash" text NOT NULL,
	"geredigeerd_op" timestamp with time zone,
	CONSTRAINT "audit_gebeurtenissen_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "instellingen" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"waarde" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisaties" ADD CONSTRAINT "organisaties_parent_id_organisaties_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rollen" ADD CONSTRAINT "rollen_driehoek_id_driehoeken_id_fk" FOREIGN KEY ("driehoek_id") REFERENCES "public"."driehoeken"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driehoek_opdrachtgevers" ADD CONSTRAINT "driehoek_opdrachtgevers_driehoek_id_driehoeken_id_fk" FOREIGN KEY ("driehoek_id") REFERENCES "public"."driehoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driehoek_opdrachtgevers" ADD CONSTRAINT "driehoek_opdrachtgevers_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driehoeken" ADD CONSTRAINT "driehoeken_uitvoeringsorganisatie_id_organisaties_id_fk" FOREIGN KEY ("uitvoeringsorganisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driehoeken" ADD CONSTRAINT "driehoeken_eigenaar_id_organisaties_id_fk" FOREIGN KEY ("eigenaar_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beleidsterrein_uitvoerders" ADD CONSTRAINT "beleidsterrein_uitvoerders_beleidsterrein_id_beleidsterreinen_id_fk" FOREIGN KEY ("beleidsterrein_id") REFERENCES "public"."beleidsterreinen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beleidsterrein_uitvoerders" ADD CONSTRAINT "beleidsterrein_uitvoerders_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beleidsterreinen" ADD CONSTRAINT "beleidsterreinen_beleidsverantwoordelijke_id_organisaties_id_fk" FOREIGN KEY ("beleidsverantwoordelijke_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beleidsterreinen" ADD CONSTRAINT "beleidsterreinen_parent_id_beleidsterreinen_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."beleidsterreinen"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_persoon_id_personen_id_fk" FOREIGN KEY ("persoon_id") REFERENCES "public"."personen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisaties_parent_idx" ON "organisaties" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organisaties_naam_idx" ON "organisaties" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "organisaties_afkorting_idx" ON "organisaties" USING btree (lower("afkorting"));--> statement-breakpoint
CREATE UNIQUE INDEX "personen_email_uq" ON "personen" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "personen_oidc_uq" ON "personen" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "personen_naam_idx" ON "personen" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "rollen_persoon_idx" ON "rollen" USING btree ("persoon_id");--> statement-breakpoint
CREATE INDEX "rollen_organisatie_idx" ON "rollen" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "rollen_driehoek_idx" ON "rollen" USING btree ("driehoek_id");--> statement-breakpoint
CREATE INDEX "driehoek_opdrachtgevers_organisatie_idx" ON "driehoek_opdrachtgevers" USING btree ("organisatie_id");--> statement-breakpoint
CREATE UNIQUE INDEX "driehoek_opdrachtgevers_coordinerend_uq" ON "driehoek_opdrachtgevers" USING btree ("driehoek_id") WHERE "driehoek_opdrachtgevers"."is_coordinerend";--> statement-breakpoint
CREATE UNIQUE INDEX "driehoeken_uitvoeringsorganisatie_uq" ON "driehoeken" USING btree ("uitvoeringsorganisatie_id");--> statement-breakpoint
CREATE INDEX "driehoeken_eigenaar_idx" ON "driehoeken" USING btree ("eigenaar_id");--> statement-breakpoint
CREATE INDEX "beleidsterrein_uitvoerders_organisatie_idx" ON "beleidsterrein_uitvoerders" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "beleidsterreinen_verantwoordelijke_idx" ON "beleidsterreinen" USING btree ("beleidsverantwoordelijke_id");--> statement-breakpoint
CREATE INDEX "beleidsterreinen_parent_idx" ON "beleidsterreinen" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "beleidsterreinen_naam_idx" ON "beleidsterreinen" USING btree (lower("naam"));--> statement-breakpoint
CREATE INDEX "api_tokens_organisatie_idx" ON "api_tokens" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "sessies_persoon_idx" ON "sessies" USING btree ("persoon_id");--> statement-breakpoint
CREATE INDEX "sessies_expires_idx" ON "sessies" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "audit_entiteit_idx" ON "audit_gebeurtenissen" USING btree ("entiteit","entiteit_id");