/**
 * `npm run referentiels:import-rome -- [dossier]`: imports fiches.tsv and appellations.tsv
 * (France Travail's ROME 4, laid out as in ../shared/data/rome, the default). Idempotent.
 */
import { RomeImportService } from '../rome/rome-import.service';
import { fail, print, printIgnored, runWithDataSource } from './cli-data-source';

const directory = process.argv[2] ?? '../shared/data/rome';

runWithDataSource((ds) => new RomeImportService(ds).importDirectory(directory))
  .then((report) => {
    print(`Référentiel ROME importé depuis ${report.dossier} en ${report.dureeMs} ms`);
    for (const [name, part] of [
      ['Fiches', report.fiches],
      ['Appellations', report.appellations],
    ] as const) {
      print(
        `${name} : ${part.lues} lues, ${part.added} ajoutées, ${part.updated} modifiées, ` +
          `${part.unchanged} inchangées`,
      );
      printIgnored(part.ignorees);
    }
  })
  .catch(fail);
