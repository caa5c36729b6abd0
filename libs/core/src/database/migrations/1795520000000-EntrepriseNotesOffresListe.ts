import { MigrationInterface, QueryRunner } from 'typeorm';

/** The staff's notes on entreprises; indexes for the CRE's offers list (sorted pages of 10,000+). */
export class EntrepriseNotesOffresListe1795520000000 implements MigrationInterface {
  name = 'EntrepriseNotesOffresListe1795520000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "entreprise_notes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "entreprise_id" uuid NOT NULL,
        "auteur_id" uuid NOT NULL,
        "texte" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_entreprise_notes" PRIMARY KEY ("id"),
        CONSTRAINT "FK_entreprise_notes_entreprise" FOREIGN KEY ("entreprise_id") REFERENCES "entreprises"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_entreprise_notes_auteur" FOREIGN KEY ("auteur_id") REFERENCES "users"("id") ON DELETE RESTRICT
      )`);
    await q.query(
      `CREATE INDEX "IDX_entreprise_notes_entreprise" ON "entreprise_notes" ("entreprise_id", "created_at")`,
    );
    // Each sort of the list walks one of these in order and stops at the page's end.
    await q.query(
      `CREATE INDEX "IDX_offres_structure_created" ON "offres" ("structure_id", "created_at", "id")`,
    );
    await q.query(
      `CREATE INDEX "IDX_offres_structure_debut" ON "offres" ("structure_id", "date_debut", "id")`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_offres_structure_debut"`);
    await q.query(`DROP INDEX "IDX_offres_structure_created"`);
    await q.query(`DROP TABLE "entreprise_notes"`);
  }
}
