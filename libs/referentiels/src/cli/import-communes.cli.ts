/**
 * `npm run referentiels:import-communes -- [fichier]`: imports La Poste's base of postal codes
 * (laposte_hexasmal.csv, default ../shared/data/communes/laposte_hexasmal.csv). Idempotent.
 */
import { LaPosteImportService } from '../communes/laposte-import.service';
import { fail, print, printIgnored, runWithDataSource } from './cli-data-source';

const file = process.argv[2] ?? '../shared/data/communes/laposte_hexasmal.csv';

runWithDataSource((ds) => new LaPosteImportService(ds).importFile(file))
  .then((r) => {
    print(`Base des codes postaux importée depuis ${r.fichier} en ${r.dureeMs} ms`);
    print(
      `${r.lignes} lignes, ${r.communes} communes (${r.sansCoordonnees} sans coordonnées dans le fichier)`,
    );
    print(`${r.rattachees} anciennes communes rattachées à leur commune actuelle`);
    print(`Communes : ${r.added} ajoutées, ${r.updated} modifiées, ${r.unchanged} inchangées`);
    printIgnored(r.ignorees);
  })
  .catch(fail);
