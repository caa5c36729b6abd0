import { MigrationInterface, QueryRunner } from 'typeorm';

/** Entreprises (one per SIRET per structure), their contacts and their employer accounts. */
export class Entreprises1795491000000 implements MigrationInterface {
  name = 'Entreprises1795491000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "tranche_effectif" AS ENUM('0', '1_9', '10_49', '50_249', '250_plus')`,
    );
    await q.query(`
      CREATE TABLE "entreprises" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "structure_id" uuid NOT NULL,
        "siret" character(14) NOT NULL,
        "raison_sociale" character varying(200) NOT NULL,
        "enseigne" character varying(200),
        "code_naf" character varying(6),
        "adresse" character varying(300),
        "code_postal" character varying(5),
        "commune_insee" character varying(5),
        "lat" numeric(8,6),
        "lon" numeric(9,6),
        "tranche_effectif" "tranche_effectif",
        "notes" text,
        "created_by_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_entreprises_structure_siret" UNIQUE ("structure_id", "siret"),
        CONSTRAINT "CHK_entreprises_siret" CHECK ("siret" ~ '^[0-9]{14}$'),
        CONSTRAINT "PK_entreprises" PRIMARY KEY ("id"),
        CONSTRAINT "FK_entreprises_structure" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_entreprises_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT
      )`);
    await q.query(`
      CREATE TABLE "entreprise_contacts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "entreprise_id" uuid NOT NULL,
        "prenom" character varying(100),
        "nom" character varying(100) NOT NULL,
        "fonction" character varying(100),
        "email" character varying(254),
        "telephone" character varying(20),
        "principal" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_entreprise_contacts_email_lowercase" CHECK ("email" = lower("email")),
        CONSTRAINT "PK_entreprise_contacts" PRIMARY KEY ("id"),
        CONSTRAINT "FK_entreprise_contacts_entreprise" FOREIGN KEY ("entreprise_id") REFERENCES "entreprises"("id") ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "IDX_entreprise_contacts_entreprise" ON "entreprise_contacts" ("entreprise_id")`,
    );
    // One principal contact at most: the one who receives employer notifications.
    await q.query(
      `CREATE UNIQUE INDEX "UQ_entreprise_contacts_principal" ON "entreprise_contacts" ("entreprise_id") WHERE "principal"`,
    );
    await q.query(`CREATE TYPE "rattachement_statut" AS ENUM('en_attente', 'validee', 'refusee')`);
    await q.query(`
      CREATE TABLE "entreprise_membres" (
        "entreprise_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "statut" "rattachement_statut" NOT NULL DEFAULT 'en_attente',
        "telephone" character varying(20),
        "decided_by_id" uuid,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_entreprise_membres" PRIMARY KEY ("entreprise_id", "user_id"),
        CONSTRAINT "FK_entreprise_membres_entreprise" FOREIGN KEY ("entreprise_id") REFERENCES "entreprises"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_entreprise_membres_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_entreprise_membres_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    // What an employer may see is looked up by user.
    await q.query(`CREATE INDEX "IDX_entreprise_membres_user" ON "entreprise_membres" ("user_id")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "entreprise_membres"`);
    await q.query(`DROP TYPE "rattachement_statut"`);
    await q.query(`DROP TABLE "entreprise_contacts"`);
    await q.query(`DROP TABLE "entreprises"`);
    await q.query(`DROP TYPE "tranche_effectif"`);
  }
}
