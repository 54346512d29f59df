CREATE TABLE "articles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"canonical_url" text,
	"source_id" bigint,
	"status" text DEFAULT 'queued' NOT NULL,
	"last_error" text,
	"error_code" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_url_unique" UNIQUE("url")
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"extraction_id" bigint NOT NULL,
	"buyer_name" text NOT NULL,
	"provider_name" text NOT NULL,
	"buyer_id" text,
	"provider_id" text,
	"kind" text NOT NULL,
	"amount" numeric(38, 6),
	"amount_high" numeric(38, 6),
	"currency" text,
	"qualifier" text,
	"per" text,
	"duration_months" numeric,
	"capacity_mw" numeric,
	"status" text NOT NULL,
	"announced_on" date,
	"evidence" text NOT NULL,
	"evidence_start" integer NOT NULL,
	"evidence_end" integer NOT NULL,
	"confidence" real NOT NULL,
	"confidence_reasons" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "extractions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "extractions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"snapshot_id" bigint,
	"extractor_version" text NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"title" text,
	"published" date,
	"published_source" text,
	"modified" text,
	"byline" text,
	"site_name" text,
	"language" text,
	"canonical_url" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"extraction_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"sentence_index" integer NOT NULL,
	"role" text,
	"amount" numeric(38, 6),
	"amount_high" numeric(38, 6),
	"currency" text,
	"qualifier" text,
	"per" text,
	"months" numeric,
	"days" numeric,
	"mw" numeric,
	"vague" boolean DEFAULT false NOT NULL,
	"organization_id" text,
	"organization_name" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "organization_aliases" (
	"alias" text NOT NULL,
	"organization_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text
);
--> statement-breakpoint
CREATE TABLE "snapshots" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" bigint NOT NULL,
	"final_url" text NOT NULL,
	"http_status" integer,
	"content_type" text,
	"charset" text,
	"content_hash" text NOT NULL,
	"body" "bytea" NOT NULL,
	"byte_length" integer NOT NULL,
	"headers" jsonb,
	"etag" text,
	"last_modified" text,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"url" text NOT NULL,
	"schedule" text DEFAULT '1h' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_error" text,
	"etag" text,
	"last_modified" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_url_unique" UNIQUE("url")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_extraction_id_extractions_id_fk" FOREIGN KEY ("extraction_id") REFERENCES "public"."extractions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_buyer_id_organizations_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extractions" ADD CONSTRAINT "extractions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extractions" ADD CONSTRAINT "extractions_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_extraction_id_extractions_id_fk" FOREIGN KEY ("extraction_id") REFERENCES "public"."extractions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_aliases" ADD CONSTRAINT "organization_aliases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshots" ADD CONSTRAINT "snapshots_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_status_idx" ON "articles" USING btree ("status");--> statement-breakpoint
CREATE INDEX "articles_source_idx" ON "articles" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "deals_extraction_idx" ON "deals" USING btree ("extraction_id");--> statement-breakpoint
CREATE INDEX "deals_buyer_idx" ON "deals" USING btree ("buyer_id");--> statement-breakpoint
CREATE INDEX "deals_provider_idx" ON "deals" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "deals_announced_idx" ON "deals" USING btree ("announced_on");--> statement-breakpoint
CREATE UNIQUE INDEX "extractions_current_idx" ON "extractions" USING btree ("article_id") WHERE "extractions"."is_current";--> statement-breakpoint
CREATE INDEX "extractions_version_idx" ON "extractions" USING btree ("extractor_version");--> statement-breakpoint
CREATE INDEX "mentions_extraction_idx" ON "mentions" USING btree ("extraction_id");--> statement-breakpoint
CREATE INDEX "mentions_kind_role_idx" ON "mentions" USING btree ("kind","role");--> statement-breakpoint
CREATE UNIQUE INDEX "organization_aliases_alias_idx" ON "organization_aliases" USING btree (lower("alias"));--> statement-breakpoint
CREATE UNIQUE INDEX "snapshots_article_hash_idx" ON "snapshots" USING btree ("article_id","content_hash");