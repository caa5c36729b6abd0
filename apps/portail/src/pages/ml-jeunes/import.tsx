import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { ImportStatut } from './types';

const STATUT_LIGNE: Record<string, string> = {
  cree: 'créé',
  modifie: 'modifié',
  inchange: 'inchangé',
  rejete: 'rejeté',
};

/** Lines of data in the file (without the header): the progress bar's 100 %. */
async function lignesDuFichier(f: File): Promise<number> {
  const text = await f.text();
  return Math.max(1, text.split(/\r?\n/).filter((l) => l.trim()).length - 1);
}

/** The CSV import from the ML's system: a background job, its progress, then its per-row report. */
export default function MlJeunesImport() {
  const [fichier, setFichier] = useState<File | null>(null);
  const [attendues, setAttendues] = useState(1);
  const [erreur, setErreur] = useState<string | null>(null);
  const envoi = useMutation({
    mutationFn: async (f: File) => {
      setAttendues(await lignesDuFichier(f));
      return ok(
        api.POST('/jeunes/import', {
          body: f as never,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { 'Content-Type': 'text/csv' },
        }),
      );
    },
    onError: (e) => setErreur(e instanceof ApiProblem ? (e.problem.detail ?? null) : String(e)),
  });
  const id = envoi.data?.id;
  const suivi = useQuery({
    queryKey: ['jeunes-import', id],
    enabled: !!id,
    queryFn: () => ok(api.GET('/jeunes/import/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (q) =>
      q.state.data && ['termine', 'echec'].includes(q.state.data.statut) ? false : 500,
  });
  const s = suivi.data ?? envoi.data;
  const fini = s?.statut === 'termine';
  const pourcent = fini ? 100 : Math.min(99, Math.round(((s?.lignesLues ?? 0) / attendues) * 100));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!fichier)
      return setErreur('Choisissez le fichier CSV exporté du système de la Mission Locale.');
    setErreur(null);
    envoi.mutate(fichier);
  };
  return (
    <>
      <Anchor component={Link} to="/ml/jeunes" size="sm">
        ← Tous les jeunes
      </Anchor>
      <Title order={1} my="xs">
        Importer des jeunes
      </Title>
      <Text mb="md">
        Le fichier CSV exporté du système de la Mission Locale (séparateur « ; » ou « , », UTF-8 ou
        Windows-1252). Chaque jeune est créé ou mis à jour d’après son identifiant externe.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs" mb="lg" maw={520}>
          <FileInput
            id="champ-fichier"
            label="Fichier CSV"
            accept=".csv,text/csv"
            value={fichier}
            error={erreur}
            onChange={setFichier}
          />
          <div>
            <Button type="submit" loading={envoi.isPending}>
              Importer
            </Button>
          </div>
        </Stack>
      </form>
      {s && (
        <section aria-labelledby="titre-progression">
          <Title order={2} size="h3" mb="xs" id="titre-progression">
            {fini ? 'Import terminé' : s.statut === 'echec' ? 'Import en échec' : 'Import en cours'}
          </Title>
          <Progress.Root size="lg" mb="xs">
            <Progress.Section
              value={pourcent}
              aria-label="Progression de l’import"
              aria-valuetext={`${pourcent} %`}
            />
          </Progress.Root>
          <Text role="status" mb="md">
            {s.lignesLues} ligne{s.lignesLues > 1 ? 's' : ''} lue{s.lignesLues > 1 ? 's' : ''}
            {fini ? '' : ` sur environ ${attendues}`}
          </Text>
          {s.statut === 'echec' && (
            <Alert color="red" role="alert">
              {s.erreur}
            </Alert>
          )}
          {s.rapport && <Rapport rapport={s.rapport} />}
        </section>
      )}
    </>
  );
}

function Rapport({ rapport: r }: { rapport: NonNullable<ImportStatut['rapport']> }) {
  return (
    <>
      <Text mb="sm">
        {r.total} ligne{r.total > 1 ? 's' : ''} : {r.crees} créé{r.crees > 1 ? 's' : ''},{' '}
        {r.modifies} modifié{r.modifies > 1 ? 's' : ''}, {r.inchanges} inchangé
        {r.inchanges > 1 ? 's' : ''}, {r.rejetes} rejeté{r.rejetes > 1 ? 's' : ''}.
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table striped aria-label="Rapport ligne par ligne">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Ligne</Table.Th>
              <Table.Th scope="col">Identifiant</Table.Th>
              <Table.Th scope="col">Résultat</Table.Th>
              <Table.Th scope="col">Motif</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.lignes.map((l) => (
              <Table.Tr key={l.ligne}>
                <Table.Td>{l.ligne}</Table.Td>
                <Table.Td>{l.idExterne ?? '—'}</Table.Td>
                <Table.Td>{STATUT_LIGNE[l.statut] ?? l.statut}</Table.Td>
                <Table.Td>
                  {l.motif ? `${l.colonne ? `${l.colonne} : ` : ''}${l.motif}` : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
