import { ImportLigne, ImportStatut } from './import-plan';

const STATUTS: readonly ImportStatut[] = ['cree', 'modifie', 'inchange', 'rejete'];
const CODE: Record<ImportStatut, number> = { cree: 0, modifie: 1, inchange: 2, rejete: 3 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const nibble = (c: number) => (c <= 57 ? c - 48 : c - 87);

/** What a row's report line says beyond its line, id and status (changed fields, rejection). */
interface Details {
  champs?: string[];
  colonne?: string | null;
  motif?: string;
  /** A jeune id that is not a lowercase UUID, kept as it is. */
  jeuneId?: string;
}

/**
 * The import's report, a line per row of the file, kept compact while the file is read: a
 * 100,000-row import kept 100,000 objects (and their UUID strings) alive until the end, which
 * the worker's full GCs walked again and again. Here a row is one small integer (line and
 * status), a reference to its external id (the string the duplicate check holds anyway) and 16
 * bytes of jeune id; only changed and refused rows keep an object. `json()` writes the report
 * the API serves, with the same lines as `ImportLigne` objects (`lignes()`).
 */
export class ImportJournal {
  /** line × 4 + status code, in the order rows were reported. */
  private readonly entries: number[] = [];
  private readonly ids: (string | null)[] = [];
  private uuids = Buffer.alloc(0);
  private readonly details = new Map<number, Details>();
  readonly counts: Record<ImportStatut, number> = { cree: 0, modifie: 0, inchange: 0, rejete: 0 };

  get size(): number {
    return this.entries.length;
  }

  cree(line: number, idExterne: string, jeuneId: string): void {
    this.add(line, idExterne, 'cree', jeuneId);
  }

  inchange(line: number, idExterne: string, jeuneId: string): void {
    this.add(line, idExterne, 'inchange', jeuneId);
  }

  modifie(line: number, idExterne: string, jeuneId: string, champs: string[]): void {
    this.details.set(this.add(line, idExterne, 'modifie', jeuneId), { champs });
  }

  rejete(line: number, idExterne: string | null, colonne: string | null, motif: string): void {
    this.details.set(this.add(line, idExterne, 'rejete'), { colonne, motif });
  }

  /** Adds the lines of another journal (a batch once its transaction committed). */
  append(other: ImportJournal): void {
    const offset = this.entries.length;
    for (let i = 0; i < other.entries.length; i++) {
      this.entries.push(other.entries[i]);
      this.ids.push(other.ids[i]);
    }
    this.reserve(this.entries.length);
    other.uuids.copy(this.uuids, offset * 16, 0, other.entries.length * 16);
    for (const [i, d] of other.details) this.details.set(offset + i, d);
    for (const s of STATUTS) this.counts[s] += other.counts[s];
  }

  /** The report's lines in file order, as objects (what `json()` writes). */
  lignes(): ImportLigne[] {
    return this.order().map((i) => this.ligne(i));
  }

  /** The report as JSON text: `head`'s fields, then `lignes` in file order, built piece by piece. */
  json(head: object): string {
    const pieces = [JSON.stringify(head).slice(0, -1), ',"lignes":['];
    let piece = '';
    const order = this.order();
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const code = this.entries[i] & 3;
      piece += `${k ? ',' : ''}{"ligne":${this.entries[i] >> 2},"idExterne":${JSON.stringify(this.ids[i])},"statut":"${STATUTS[code]}"`;
      const d = this.details.get(i);
      const jeuneId = code === CODE.rejete ? undefined : (d?.jeuneId ?? this.uuid(i));
      if (jeuneId !== undefined) piece += `,"jeuneId":"${jeuneId}"`;
      if (d?.champs) piece += `,"champs":${JSON.stringify(d.champs)}`;
      if (d?.motif !== undefined) {
        piece += `,"colonne":${JSON.stringify(d.colonne ?? null)},"motif":${JSON.stringify(d.motif)}`;
      }
      piece += '}';
      // Flat pieces of ~64 kB: not one string of 100,000 concatenations.
      if (piece.length >= 65_536) {
        pieces.push(piece);
        piece = '';
      }
    }
    pieces.push(piece, ']}');
    return pieces.join('');
  }

  private ligne(i: number): ImportLigne {
    const code = this.entries[i] & 3;
    const d = this.details.get(i);
    const ligne: ImportLigne = {
      ligne: this.entries[i] >> 2,
      idExterne: this.ids[i],
      statut: STATUTS[code],
    };
    if (code !== CODE.rejete) ligne.jeuneId = d?.jeuneId ?? this.uuid(i);
    if (d?.champs) ligne.champs = d.champs;
    if (d?.motif !== undefined) {
      ligne.colonne = d.colonne ?? null;
      ligne.motif = d.motif;
    }
    return ligne;
  }

  /** Entry indexes by line; rows reported for the same line keep their order (stable sort). */
  private order(): number[] {
    const order = Array.from({ length: this.entries.length }, (_, i) => i);
    return order.sort((a, b) => (this.entries[a] >> 2) - (this.entries[b] >> 2));
  }

  private add(line: number, idExterne: string | null, statut: ImportStatut, jeuneId?: string) {
    const i = this.entries.length;
    this.entries.push(line * 4 + CODE[statut]);
    this.ids.push(idExterne);
    this.counts[statut]++;
    if (jeuneId !== undefined) {
      if (UUID.test(jeuneId)) this.packUuid(i, jeuneId);
      else this.details.set(i, { jeuneId });
    }
    return i;
  }

  private reserve(n: number): void {
    if (n * 16 <= this.uuids.length) return;
    const bigger = Buffer.alloc(Math.max(n * 16, this.uuids.length * 2, 1024));
    this.uuids.copy(bigger);
    this.uuids = bigger;
  }

  private packUuid(i: number, uuid: string): void {
    this.reserve(i + 1);
    let at = i * 16;
    for (let c = 0; c < 36; c += 2) {
      if (uuid.charCodeAt(c) === 45) c++; // '-'
      this.uuids[at++] = (nibble(uuid.charCodeAt(c)) << 4) | nibble(uuid.charCodeAt(c + 1));
    }
  }

  private uuid(i: number): string {
    const hex = this.uuids.toString('hex', i * 16, i * 16 + 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}
