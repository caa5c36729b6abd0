import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, ok } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { dateFr } from '../../ui/statut';

/**
 * One hosted agreement, read-only (the Cerfa's sections, as on the signing page and in the PDF).
 * "Signer" opens the host representative's own signing page: the one path that records a
 * signature (IP, user agent, SHA-256 of the version shown).
 */
export default function Immersion() {
  const { id } = useParams() as { id: string };
  const q = useQuery({
    queryKey: ['immersion', id],
    queryFn: () => ok(api.GET('/pmsmp/mes-conventions/{id}', { params: { path: { id } } })),
  });
  const signer = useMutation({
    mutationFn: () =>
      ok(api.POST('/pmsmp/mes-conventions/{id}/lien-signature', { params: { path: { id } } })),
    // Same origin as the portal: the API serves both.
    onSuccess: ({ url }) => window.location.assign(new URL(url).pathname),
  });

  if (q.isPending) return <Loader aria-label="Chargement de la convention" />;
  if (!q.data) return <Alert color="red">Convention introuvable.</Alert>;
  const c = q.data;
  const err = signer.error instanceof ApiProblem ? signer.error.problem.detail : null;
  return (
    <>
      <Anchor component={Link} to="/entreprise">
        ← Mon entreprise
      </Anchor>
      <Title order={1} mt="xs">
        Convention d’immersion de {c.beneficiaire}
      </Title>
      <Text mb="md">
        {c.metier}, du {dateFr(c.dateDebut)} au {dateFr(c.dateFin)} — {c.statutLibelle} (version{' '}
        {c.version})
      </Text>
      {err && (
        <Alert color="red" mb="md" role="alert">
          {err}
        </Alert>
      )}
      <Group mb="md">
        {c.aSigner && (
          <Button onClick={() => signer.mutate()} loading={signer.isPending}>
            Lire et signer la convention
          </Button>
        )}
        {c.pdf && (
          <Button component="a" variant="default" href={`/pmsmp/mes-conventions/${c.id}/pdf`}>
            Télécharger le PDF (version {c.pdf.version})
          </Button>
        )}
      </Group>
      <Text mb="md">Signatures attendues : {c.signaturesAttendues.join(', ') || 'aucune'}.</Text>
      {c.avertissements.length > 0 && (
        <Alert color="yellow" mb="md" title="Exceptions prévues par la loi">
          {c.avertissements.join(' ')}
        </Alert>
      )}
      <Stack>
        {c.sections.map((s) => (
          <Card withBorder key={s.titre} component="section">
            <Title order={2} size="h4" mb="xs">
              {s.titre}
            </Title>
            <dl className="lignes-convention">
              {s.lignes.map(([k, v], i) => (
                <div key={i}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
          </Card>
        ))}
      </Stack>
    </>
  );
}
